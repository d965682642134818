using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FacePay.MerchantApi.Authentication;

namespace FacePay.Benchmarks.Api;

/// <summary>
/// Pre-signed Merchant API requests for wrk, one per line (method, path and query, timestamp, nonce, signature,
/// Idempotency-Key or <c>-</c>, JSON body or <c>-</c>, tab-separated). wrk's LuaJIT has no HMAC-SHA256, so the
/// signatures are made here with the API's own <see cref="RequestSignature"/>; every line has its own nonce and key
/// and is sent once. The timestamps are taken at writing, well inside the API's 5-minute window.
/// </summary>
public static class SignedRequestFile
{
    /// <summary>Writes <paramref name="requests"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, string secret, IEnumerable<(string Method, string PathAndQuery, string? Body)> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var (method, pathAndQuery, body) in requests)
        {
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var bodySha = body is null ? RequestSignature.EmptyBodySha256 : RequestSignature.BodySha256(Encoding.UTF8.GetBytes(body));
            var signature = RequestSignature.Sign(secret, RequestSignature.Canonical(method, pathAndQuery, now, nonce, bodySha));
            var idempotencyKey = method == "POST" ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : "-";
            writer.Write(string.Join('\t', method, pathAndQuery, now.ToString(CultureInfo.InvariantCulture), nonce, signature, idempotencyKey, body ?? "-"));
            writer.Write('\n');
        }
    }
}
