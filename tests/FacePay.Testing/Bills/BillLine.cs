namespace FacePay.Testing.Bills;

/// <summary>One line to put into a test bill.</summary>
/// <param name="Kind">"pay", "refund" or "reversal".</param>
/// <param name="OutTradeNo">The channel out_trade_no.</param>
/// <param name="Fen">The amount in fen (positive).</param>
/// <param name="OutRefundNo">The refund number of a refund line.</param>
/// <param name="TradeNo">The channel trade number (made up when null).</param>
public sealed record BillLine(string Kind, string OutTradeNo, long Fen, string? OutRefundNo = null, string? TradeNo = null)
{
    /// <summary>A payment line.</summary>
    public static BillLine Pay(string outTradeNo, long fen) => new("pay", outTradeNo, fen);

    /// <summary>A refund line.</summary>
    public static BillLine Refund(string outTradeNo, string outRefundNo, long fen) => new("refund", outTradeNo, fen, outRefundNo);

    /// <summary>A reversal (cancel of a paid trade) line.</summary>
    public static BillLine Reversal(string outTradeNo, long fen) => new("reversal", outTradeNo, fen);
}
