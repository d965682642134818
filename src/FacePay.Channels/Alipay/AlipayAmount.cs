using System.Globalization;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Converts between minor units (fen) and Alipay's yuan strings with two decimals, exactly and without floating
/// point: <c>Format(1234) == "12.34"</c>, <c>Parse("12.34") == 1234</c>.
/// </summary>
public static class AlipayAmount
{
    // 922337203685477.58 yuan is long.MaxValue fen; more integer digits than this cannot fit.
    private const int MaxIntegerDigits = 15;

    /// <summary>Formats fen as a yuan string with exactly two decimals.</summary>
    /// <param name="fen">The amount in fen; must not be negative.</param>
    /// <returns>The yuan string, e.g. <c>"0.01"</c>.</returns>
    public static string Format(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{fen / 100}.{fen % 100:D2}");
    }

    /// <summary>Parses a yuan string (<c>"12"</c>, <c>"12.3"</c>, <c>"12.34"</c>) into fen.</summary>
    /// <param name="yuan">The text.</param>
    /// <returns>The amount in fen.</returns>
    /// <exception cref="FormatException">The text is not a non-negative decimal with at most two fraction digits.</exception>
    public static long Parse(string? yuan) =>
        TryParse(yuan, out var fen) ? fen : throw new FormatException("Not an Alipay amount (digits with at most two decimals).");

    /// <summary>Tries to parse a yuan string into fen; rejects signs, exponents, spaces, separators and more than two decimals.</summary>
    /// <param name="yuan">The text.</param>
    /// <param name="fen">The amount in fen when parsing succeeded.</param>
    /// <returns>True when the text is well formed and fits in a <see cref="long"/>.</returns>
    public static bool TryParse(string? yuan, out long fen)
    {
        fen = 0;
        if (string.IsNullOrEmpty(yuan))
        {
            return false;
        }

        var dot = yuan.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? yuan.AsSpan() : yuan.AsSpan(0, dot);
        var fractionPart = dot < 0 ? ReadOnlySpan<char>.Empty : yuan.AsSpan(dot + 1);
        if (integerPart.Length == 0 || integerPart.Length > MaxIntegerDigits || !AllDigits(integerPart))
        {
            return false;
        }

        if (integerPart.Length > 1 && integerPart[0] == '0')
        {
            return false;
        }

        if (dot >= 0 && (fractionPart.Length is 0 or > 2 || !AllDigits(fractionPart)))
        {
            return false;
        }

        long whole = 0;
        foreach (var c in integerPart)
        {
            whole = (whole * 10) + (c - '0');
        }

        long cents = 0;
        for (var i = 0; i < 2; i++)
        {
            cents = (cents * 10) + (i < fractionPart.Length ? fractionPart[i] - '0' : 0);
        }

        try
        {
            fen = checked((whole * 100) + cents);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
