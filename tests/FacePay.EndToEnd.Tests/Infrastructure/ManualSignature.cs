using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FacePay.MerchantApi.Authentication;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>Builds signed requests field by field, so a test can get exactly one thing wrong.</summary>
internal static class ManualSignature
{
    public static HttpRequestMessage Build(
        TestMerchant merchant,
        HttpMethod method,
        string target,
        string? body = null,
        long? timestamp = null,
        string? nonce = null,
        string? keyId = null,
        string? secret = null,
        string? sendBody = null,
        string? idempotencyKey = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var n = nonce ?? NewNonce();
        var bytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
        var canonical = RequestSignature.Canonical(method.Method, target, ts, n, RequestSignature.BodySha256(bytes));
        var request = new HttpRequestMessage(method, target);
        request.Headers.Add(SignatureHeaders.KeyId, keyId ?? merchant.KeyId);
        request.Headers.Add(SignatureHeaders.Timestamp, ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeaders.Nonce, n);
        request.Headers.Add(SignatureHeaders.Signature, RequestSignature.Sign(secret ?? merchant.Secret, canonical));
        // null: a new key; empty: no key at all.
        if (method == HttpMethod.Post && idempotencyKey is not "")
        {
            request.Headers.Add(SignatureHeaders.IdempotencyKey, idempotencyKey ?? Guid.NewGuid().ToString("N"));
        }

        if ((sendBody ?? body) is { } content)
        {
            request.Content = new StringContent(content, Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>A copy of a request with the same headers and body, to send again (a replay).</summary>
    public static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri);
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (original.Content is not null)
        {
            copy.Content = new StringContent(await original.Content.ReadAsStringAsync(), Encoding.UTF8, "application/json");
        }

        return copy;
    }

    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
