using System.Globalization;

namespace FacePay.Sandbox.Bills;

/// <summary>Yuan text from integer fen, exact (no floating point), with a sign for refunds.</summary>
internal static class BillMoney
{
    public static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : string.Empty;
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:D2}");
    }

    /// <summary>A WeChat fee at 0.6 %: fen × 6 is the fee in units of 10⁻⁵ yuan, printed with five decimals.</summary>
    public static string WechatFee(long fen)
    {
        var units = fen * 6;
        return string.Create(CultureInfo.InvariantCulture, $"{units / 100_000}.{units % 100_000:D5}");
    }
}
