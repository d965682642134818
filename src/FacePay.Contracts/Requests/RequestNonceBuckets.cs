using System.Globalization;

namespace FacePay.Contracts.Requests;

/// <summary>
/// How signed-request nonces are partitioned: per merchant and per <see cref="BucketSeconds"/> of the request's signed
/// timestamp. A replay carries the same signed timestamp, hence lands in the same bucket; a bucket must be remembered
/// until every timestamp in it is older than the signature window.
/// </summary>
public static class RequestNonceBuckets
{
    /// <summary>The width of a bucket in seconds.</summary>
    public const long BucketSeconds = 300;

    /// <summary>The grain key <c>{merchantId}/{bucket}</c> for a request signed at <paramref name="unixSeconds"/>.</summary>
    public static string Key(string merchantId, long unixSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{merchantId}/{Math.DivRem(unixSeconds, BucketSeconds).Quotient}");

    /// <summary>Until when a bucket's nonces must be kept: the end of the bucket plus the signature window.</summary>
    /// <exception cref="FormatException">The key is not of the form <c>{merchantId}/{bucket}</c>.</exception>
    public static DateTimeOffset RememberUntil(string key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(key.AsSpan(slash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bucket))
        {
            throw new FormatException($"'{key}' is not a nonce bucket key.");
        }

        return DateTimeOffset.FromUnixTimeSeconds((bucket + 1) * BucketSeconds) + window;
    }
}
