using System.Globalization;
using System.Security.Cryptography;

namespace FacePay.MerchantApi.Authentication;

/// <summary>
/// Signs outgoing requests for the Merchant API (<see cref="RequestSignature"/>): a <see cref="DelegatingHandler"/> a C#
/// caller puts into its <see cref="HttpClient"/>. Each request gets the current timestamp and a fresh random nonce;
/// POSTs without an <c>Idempotency-Key</c> get a new one (set your own to make retries of one operation idempotent).
/// </summary>
/// <param name="keyId">The API key id.</param>
/// <param name="secret">The API key secret.</param>
/// <param name="time">The clock; null for the system clock.</param>
public sealed class MerchantSigningHandler(string keyId, string secret, TimeProvider? time = null) : DelegatingHandler
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var target = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.PathAndQuery : request.RequestUri.OriginalString;
        var canonical = RequestSignature.Canonical(request.Method.Method, target, timestamp, nonce, RequestSignature.BodySha256(body));

        request.Headers.Remove(SignatureHeaders.KeyId);
        request.Headers.Remove(SignatureHeaders.Timestamp);
        request.Headers.Remove(SignatureHeaders.Nonce);
        request.Headers.Remove(SignatureHeaders.Signature);
        request.Headers.Add(SignatureHeaders.KeyId, keyId);
        request.Headers.Add(SignatureHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeaders.Nonce, nonce);
        request.Headers.Add(SignatureHeaders.Signature, RequestSignature.Sign(secret, canonical));
        if (request.Method == HttpMethod.Post && !request.Headers.Contains(SignatureHeaders.IdempotencyKey))
        {
            request.Headers.Add(SignatureHeaders.IdempotencyKey, Guid.NewGuid().ToString("N"));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
