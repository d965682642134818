using System.Globalization;

namespace FacePay.Sandbox;

/// <summary>Both channels print times in China Standard Time (UTC+8, no daylight saving).</summary>
internal static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Alipay's <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string Alipay(DateTimeOffset time) =>
        time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>WeChat's RFC 3339 <c>yyyy-MM-ddTHH:mm:ss+08:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) =>
        time.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateOnly Date(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(Offset).DateTime);
}
