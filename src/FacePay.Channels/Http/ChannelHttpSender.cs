using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Http;

/// <summary>
/// Sends one request with a per-attempt timeout and turns transport failures into outcomes: failures before the
/// request left (connect, DNS, TLS) are retryable; a timeout or broken connection after sending is unknown for
/// effectful operations (pay, refund, cancel) and retryable for reads.
/// </summary>
internal static class ChannelHttpSender
{
    public static async Task<HttpExchange> SendAsync(
        HttpClient httpClient, HttpRequestMessage request, ChannelOperation operation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeoutSource.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token);
            return new HttpExchange((int)response.StatusCode, body, response.Headers, null, null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure(AfterSend(operation), ChannelErrorCodes.Timeout, $"No answer within {timeout.TotalMilliseconds:0} ms.");
        }
        catch (HttpRequestException ex) when (IsBeforeSend(ex))
        {
            return Failure(ChannelOutcome.Retryable, ChannelErrorCodes.NotSent, $"Request not sent: {ex.HttpRequestError}.");
        }
        catch (HttpRequestException ex)
        {
            return Failure(AfterSend(operation), ChannelErrorCodes.ConnectionLost, $"Connection failed after sending: {ex.HttpRequestError}.");
        }
    }

    private static bool IsBeforeSend(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static ChannelOutcome AfterSend(ChannelOperation operation) =>
        ChannelOperationFacts.HasEffect(operation) ? ChannelOutcome.Unknown : ChannelOutcome.Retryable;

    private static HttpExchange Failure(ChannelOutcome outcome, string code, string message) =>
        new(0, [], null, outcome, code, message);
}
