using System.Globalization;

namespace FacePay.Reconciliation.Bills;

/// <summary>Parses the yuan amounts printed in bills (<c>12.34</c>, <c>-2.34</c>, <c>0.01</c>) into fen, exactly.</summary>
public static class BillAmount
{
    // More integer digits than this cannot fit in a long of fen.
    private const int MaxIntegerDigits = 15;

    /// <summary>Parses a signed yuan amount with at most two decimals.</summary>
    /// <param name="text">The text (surrounding spaces and a trailing tab are not allowed here; trim first).</param>
    /// <param name="fen">The amount in fen.</param>
    /// <returns>Whether the text is a well-formed amount.</returns>
    public static bool TryParseYuan(ReadOnlySpan<char> text, out long fen)
    {
        fen = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];
        if (whole.Length is 0 or > MaxIntegerDigits || (dot >= 0 && fraction.Length is 0 or > 2)
            || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var yuan))
        {
            return false;
        }

        long cents = 0;
        foreach (var c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            cents = (cents * 10) + (c - '0');
        }

        if (fraction.Length == 1)
        {
            cents *= 10;
        }

        fen = (yuan * 100) + cents;
        fen = negative ? -fen : fen;
        return true;
    }

    /// <summary>Parses a signed yuan amount or throws a <see cref="BillFormatException"/> naming the line and column.</summary>
    /// <param name="text">The text.</param>
    /// <param name="column">The column name, for the message.</param>
    /// <param name="lineNumber">The line, for the message.</param>
    /// <returns>The amount in fen.</returns>
    public static long ParseYuan(ReadOnlySpan<char> text, string column, long lineNumber) =>
        TryParseYuan(text, out var fen)
            ? fen
            : throw new BillFormatException($"Line {lineNumber}: '{text.ToString()}' in column {column} is not an amount.");
}
