using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FacePay.Domain;

/// <summary>
/// The identity of an order: the merchant and the merchant's own order number. Its string form
/// <c>{merchantId}/{outTradeNo}</c> is the <c>OrderGrain</c> key.
/// </summary>
/// <remarks>
/// Merchant ids are 1–32 characters of <c>[A-Za-z0-9_-]</c>. Out-trade numbers are 4–28 characters of
/// <c>[A-Za-z0-9_]</c>: the channel number adds an attempt suffix (<c>_1</c> … <c>_99</c>) and must stay within
/// WeChat Pay's 6–32 characters and Alipay's letters/digits/underscore alphabet. The channel number does not
/// contain the merchant id, so it is unique per merchant only: each merchant needs its own channel merchant account
/// (direct-merchant mode), and a notification is routed by mapping the channel account (app_id / mchid) to the
/// merchant and then <see cref="TryParseChannelOutTradeNo"/>.
/// </remarks>
[GenerateSerializer, Immutable, Alias("FacePay.OrderKey")]
public readonly record struct OrderKey
{
    /// <summary>Longest merchant id.</summary>
    public const int MaxMerchantIdLength = 32;

    /// <summary>Shortest merchant order number.</summary>
    public const int MinOutTradeNoLength = 4;

    /// <summary>Longest merchant order number.</summary>
    public const int MaxOutTradeNoLength = 28;

    /// <summary>Creates a key.</summary>
    /// <exception cref="ArgumentException">Either part is malformed (see the remarks on the type).</exception>
    public OrderKey(string merchantId, string outTradeNo)
    {
        if (!IsValidMerchantId(merchantId))
        {
            throw new ArgumentException($"Merchant id must be 1-{MaxMerchantIdLength} characters of [A-Za-z0-9_-].", nameof(merchantId));
        }

        if (!IsValidOutTradeNo(outTradeNo))
        {
            throw new ArgumentException(
                $"Out trade no must be {MinOutTradeNoLength}-{MaxOutTradeNoLength} characters of [A-Za-z0-9_].", nameof(outTradeNo));
        }

        MerchantId = merchantId;
        OutTradeNo = outTradeNo;
    }

    /// <summary>The merchant's id.</summary>
    [Id(0)]
    public string MerchantId { get; }

    /// <summary>The merchant's order number, unique per merchant.</summary>
    [Id(1)]
    public string OutTradeNo { get; }

    /// <summary>Whether a merchant id is well formed.</summary>
    public static bool IsValidMerchantId([NotNullWhen(true)] string? merchantId) =>
        merchantId is { Length: > 0 and <= MaxMerchantIdLength }
        && merchantId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Whether a merchant order number is well formed.</summary>
    public static bool IsValidOutTradeNo([NotNullWhen(true)] string? outTradeNo) =>
        outTradeNo is { Length: >= MinOutTradeNoLength and <= MaxOutTradeNoLength }
        && outTradeNo.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Creates a key without throwing.</summary>
    public static bool TryCreate(string? merchantId, string? outTradeNo, out OrderKey key)
    {
        key = default;
        if (!IsValidMerchantId(merchantId) || !IsValidOutTradeNo(outTradeNo))
        {
            return false;
        }

        key = new OrderKey(merchantId, outTradeNo);
        return true;
    }

    /// <summary>Parses the grain key form <c>{merchantId}/{outTradeNo}</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid key.</exception>
    public static OrderKey Parse(string grainKey) =>
        TryParse(grainKey, out var key) ? key : throw new FormatException($"'{grainKey}' is not an order key.");

    /// <summary>Parses the grain key form <c>{merchantId}/{outTradeNo}</c> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? grainKey, out OrderKey key)
    {
        key = default;
        var slash = grainKey?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && TryCreate(grainKey![..slash], grainKey[(slash + 1)..], out key);
    }

    /// <summary>
    /// The channel-side order number (<c>out_trade_no</c>) of a payment attempt: <c>{outTradeNo}_{attempt}</c>.
    /// Retries of the same attempt reuse it, which is what makes them idempotent at the channel.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The attempt is outside 1–<see cref="Order.MaxPaymentAttempts"/>.</exception>
    public string ChannelOutTradeNo(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(attempt, Order.MaxPaymentAttempts);
        return string.Create(CultureInfo.InvariantCulture, $"{OutTradeNo}_{attempt}");
    }

    /// <summary>
    /// Splits a channel <c>out_trade_no</c> made by <see cref="ChannelOutTradeNo"/> back into the merchant order
    /// number and the attempt, so a channel notification can be routed to its order grain.
    /// </summary>
    public static bool TryParseChannelOutTradeNo(
        string? merchantId, string? channelOutTradeNo, out OrderKey key, out int attempt)
    {
        key = default;
        attempt = 0;
        var underscore = channelOutTradeNo?.LastIndexOf('_') ?? -1;
        if (underscore <= 0)
        {
            return false;
        }

        var suffix = channelOutTradeNo.AsSpan(underscore + 1);
        if (suffix is { Length: > 0 and <= 2 }
            && suffix[0] != '0'
            && int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number <= Order.MaxPaymentAttempts
            && TryCreate(merchantId, channelOutTradeNo![..underscore], out key))
        {
            attempt = number;
            return true;
        }

        return false;
    }

    /// <summary>The grain key form <c>{merchantId}/{outTradeNo}</c>.</summary>
    public override string ToString() => $"{MerchantId}/{OutTradeNo}";
}
