using System.Globalization;
using System.Security.Cryptography;

namespace FacePay.Domain.Webhooks;

/// <summary>
/// Verifies a <see cref="WebhookHeaders.Signature"/> header the way a merchant should: parse <c>t</c> and every
/// <c>v1</c>, reject a timestamp further than the tolerance from now (either direction), recompute
/// HMAC-SHA256 over <c>{t}.{raw body bytes}</c> with the endpoint secret, and compare in constant time.
/// Always verify the raw bytes received, before parsing the JSON.
/// </summary>
public sealed class WebhookSignatureVerifier
{
    /// <summary>The default tolerance between the signed timestamp and the receiver's clock.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;
    private readonly TimeSpan _tolerance;

    /// <summary>Creates a verifier for one endpoint secret.</summary>
    /// <param name="secret">The endpoint secret.</param>
    /// <param name="tolerance">Largest accepted clock distance; <see cref="DefaultTolerance"/> when null.</param>
    public WebhookSignatureVerifier(string secret, TimeSpan? tolerance = null)
    {
        _key = WebhookSigner.KeyOf(secret);
        _tolerance = tolerance ?? DefaultTolerance;
        ArgumentOutOfRangeException.ThrowIfLessThan(_tolerance, TimeSpan.Zero, nameof(tolerance));
    }

    /// <summary>Verifies a header value against the raw body at the receiver's time <paramref name="now"/>.</summary>
    public WebhookVerificationResult Verify(string? headerValue, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return WebhookVerificationResult.MissingHeader;
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in headerValue.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return WebhookVerificationResult.Malformed;
            }

            var name = part[..equals];
            var value = part[(equals + 1)..];
            if (name == "t")
            {
                if (timestamp is not null
                    || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                {
                    return WebhookVerificationResult.Malformed;
                }

                timestamp = seconds;
            }
            else if (name == WebhookSigner.SchemeV1)
            {
                if (value.Length != 64 || !IsHex(value))
                {
                    return WebhookVerificationResult.Malformed;
                }

                signatures.Add(Convert.FromHexString(value));
            }

            // Unknown schemes are ignored so a future scheme can be added beside v1.
        }

        if (timestamp is not { } t || signatures.Count == 0)
        {
            return WebhookVerificationResult.Malformed;
        }

        var distance = Math.Abs(now.ToUnixTimeSeconds() - (double)t);
        if (distance > _tolerance.TotalSeconds)
        {
            return WebhookVerificationResult.StaleTimestamp;
        }

        var expected = WebhookSigner.ComputeMac(_key, t, body);
        var matched = false;
        foreach (var signature in signatures)
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        return matched ? WebhookVerificationResult.Valid : WebhookVerificationResult.SignatureMismatch;
    }

    private static bool IsHex(string value) => value.All(char.IsAsciiHexDigit);
}
