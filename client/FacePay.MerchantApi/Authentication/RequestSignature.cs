using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FacePay.MerchantApi.Authentication;

/// <summary>
/// The merchant request signature, version 1. The canonical request is five lines, each ending in <c>\n</c>:
/// <code>
/// METHOD            upper case, e.g. POST
/// PATH_AND_QUERY    exactly as sent on the request line, e.g. /v1/orders?x=1
/// TIMESTAMP         the FacePay-Timestamp value (Unix seconds)
/// NONCE             the FacePay-Nonce value
/// BODY_SHA256       lowercase hex SHA-256 of the raw body bytes (of zero bytes when there is no body)
/// </code>
/// and the signature is <c>v1=</c> followed by the lowercase hex HMAC-SHA256 of its UTF-8 bytes, keyed with the
/// UTF-8 bytes of the API key's secret. Pure functions, so a client and the server compute the same bytes.
/// </summary>
public static class RequestSignature
{
    /// <summary>The scheme prefix of the signature header value.</summary>
    public const string SchemeV1 = "v1=";

    /// <summary>Lowercase hex SHA-256 of zero bytes.</summary>
    public static readonly string EmptyBodySha256 = Convert.ToHexStringLower(SHA256.HashData([]));

    /// <summary>The canonical request text.</summary>
    public static string Canonical(string method, string pathAndQuery, long unixSeconds, string nonce, string bodySha256Hex)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{unixSeconds}\n{nonce}\n{bodySha256Hex}\n");
    }

    /// <summary>The header value <c>v1=&lt;hex&gt;</c> for a canonical request.</summary>
    public static string Sign(string secret, string canonical)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(canonical);
        return SchemeV1 + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Whether <paramref name="headerValue"/> is the signature of <paramref name="canonical"/>, compared in constant time.</summary>
    public static bool Verify(ReadOnlySpan<byte> key, string canonical, string? headerValue)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (headerValue is null || !headerValue.StartsWith(SchemeV1, StringComparison.Ordinal) || headerValue.Length != SchemeV1.Length + 64)
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[32];
        if (Convert.FromHexString(headerValue.AsSpan(SchemeV1.Length), presented, out _, out var written) != OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical), expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }

    /// <summary>Lowercase hex SHA-256 of a body.</summary>
    public static string BodySha256(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
