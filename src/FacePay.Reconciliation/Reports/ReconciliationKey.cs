using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FacePay.Domain;

namespace FacePay.Reconciliation.Reports;

/// <summary>The <c>ReconciliationGrain</c> key: a channel and a bill date, <c>{channel}/{yyyy-MM-dd}</c>.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Date">The bill date (Beijing day).</param>
public readonly record struct ReconciliationKey(PaymentChannel Channel, DateOnly Date)
{
    /// <summary>Parses <c>Alipay/2026-11-23</c> (channel names are case-insensitive: <c>alipay</c>, <c>wechatpay</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="key">The key.</param>
    /// <returns>Whether the text is a key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReconciliationKey key)
    {
        key = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0 || !TryParseChannel(text![..slash], out var channel)
            || !DateOnly.TryParseExact(text[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        key = new ReconciliationKey(channel, date);
        return true;
    }

    /// <summary>Parses a key or throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">Not a key.</exception>
    public static ReconciliationKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a reconciliation key ({{channel}}/{{yyyy-MM-dd}}).");

    /// <summary>Parses a channel name: <c>alipay</c> or <c>wechatpay</c> (any case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>Whether the text names a channel.</returns>
    public static bool TryParseChannel(string? text, out PaymentChannel channel)
    {
        channel = default;
        return text is not null && !text.All(char.IsAsciiDigit)
            && Enum.TryParse(text, ignoreCase: true, out channel) && Enum.IsDefined(channel);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Channel}/{Date:yyyy-MM-dd}");
}
