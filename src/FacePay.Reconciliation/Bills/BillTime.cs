using System.Globalization;

namespace FacePay.Reconciliation.Bills;

/// <summary>Bills print China Standard Time (UTC+8, no daylight saving) as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
public static class BillTime
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The bill date (Beijing calendar day) an instant falls on.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The Beijing date.</returns>
    public static DateOnly BeijingDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(BeijingOffset).DateTime);

    /// <summary>Parses a bill time; null when the text is empty or not a time.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset? Parse(ReadOnlySpan<char> text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, BeijingOffset)
            : null;
}
