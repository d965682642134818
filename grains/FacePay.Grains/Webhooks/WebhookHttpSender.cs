using System.Globalization;
using System.Net.Http.Headers;
using FacePay.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Webhooks;

/// <summary>
/// Sends one webhook attempt: POSTs the stored payload bytes with a fresh signature (the timestamp is the sending
/// time, so a retry hours later still passes the merchant's freshness check while the body stays identical).
/// </summary>
/// <param name="httpClients">Factory of the <see cref="HttpClientName"/> client.</param>
/// <param name="options">Timeout.</param>
/// <param name="time">The clock that stamps signatures.</param>
public sealed class WebhookHttpSender(
    IHttpClientFactory httpClients, IOptions<WebhookDispatcherOptions> options, TimeProvider time)
{
    /// <summary>The named <see cref="HttpClient"/> used for webhook POSTs (redirects are not followed).</summary>
    public const string HttpClientName = "FacePay.Webhooks";

    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    /// <summary>POSTs <paramref name="payload"/> to <paramref name="url"/>, signed with <paramref name="secret"/>.</summary>
    public async Task<WebhookAttemptResult> SendAsync(
        Uri url, string secret, WebhookPayload payload, int attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(payload);
        var signature = new WebhookSigner(secret).CreateHeaderValue(payload.Body.Span, time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ReadOnlyMemoryContent(payload.Body);
        request.Content.Headers.ContentType = JsonUtf8;
        request.Headers.TryAddWithoutValidation(WebhookHeaders.Signature, signature);
        request.Headers.TryAddWithoutValidation(WebhookHeaders.EventId, payload.EventId);
        request.Headers.TryAddWithoutValidation(WebhookHeaders.EventType, payload.EventType);
        request.Headers.TryAddWithoutValidation(WebhookHeaders.IdempotencyKey, payload.EventId);
        request.Headers.TryAddWithoutValidation(
            WebhookHeaders.DeliveryAttempt, attempt.ToString(CultureInfo.InvariantCulture));

        var timeout = options.Value.RequestTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token)
                .ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? WebhookAttemptResult.Success
                : WebhookAttemptResult.Failed(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookAttemptResult.Failed(string.Create(CultureInfo.InvariantCulture, $"timeout after {timeout.TotalSeconds:0.###} s"));
        }
        catch (HttpRequestException exception)
        {
            // The error class only: exception messages can carry the URL (and a merchant may put a token in it).
            return WebhookAttemptResult.Failed($"connection error ({exception.HttpRequestError})");
        }
    }
}
