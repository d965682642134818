using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FacePay.Domain.Webhooks;

/// <summary>
/// Signs webhook bodies with a merchant's endpoint secret: HMAC-SHA256 over <c>{unixSeconds}.{body}</c>, written
/// as the <see cref="WebhookHeaders.Signature"/> header value <c>t={unixSeconds},v1={lowercase hex}</c>. The
/// timestamp is part of the signed text, so a captured request cannot be replayed later with a fresh timestamp.
/// </summary>
public sealed class WebhookSigner
{
    /// <summary>The shortest secret accepted (bytes of its UTF-8 form).</summary>
    public const int MinSecretLength = 16;

    /// <summary>The signature scheme name used in the header.</summary>
    public const string SchemeV1 = "v1";

    private readonly byte[] _key;

    /// <summary>Creates a signer for one endpoint secret.</summary>
    /// <exception cref="ArgumentException">The secret is shorter than <see cref="MinSecretLength"/> bytes.</exception>
    public WebhookSigner(string secret)
    {
        _key = KeyOf(secret);
    }

    /// <summary>The header value for a body sent at <paramref name="timestamp"/>.</summary>
    public string CreateHeaderValue(ReadOnlySpan<byte> body, DateTimeOffset timestamp)
    {
        var unixSeconds = timestamp.ToUnixTimeSeconds();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"t={unixSeconds},{SchemeV1}={Convert.ToHexStringLower(ComputeMac(_key, unixSeconds, body))}");
    }

    /// <summary>
    /// A short, non-reversible fingerprint of a secret (<c>sha256:</c> and 12 hex digits) that operators and
    /// merchants can compare without the secret ever being shown.
    /// </summary>
    public static string Fingerprint(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    /// <summary>Whether a secret is long enough to sign with.</summary>
    public static bool IsAcceptableSecret(string? secret) =>
        secret is not null && Encoding.UTF8.GetByteCount(secret) >= MinSecretLength;

    internal static byte[] KeyOf(string secret)
    {
        if (!IsAcceptableSecret(secret))
        {
            throw new ArgumentException($"A webhook secret needs at least {MinSecretLength} bytes.", nameof(secret));
        }

        return Encoding.UTF8.GetBytes(secret);
    }

    internal static byte[] ComputeMac(byte[] key, long unixSeconds, ReadOnlySpan<byte> body)
    {
        // Signed text: ASCII "{t}." then the body bytes exactly as sent (never re-serialized).
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
