namespace FacePay.Reconciliation.Bills;

/// <summary>One detail line of a channel's trade bill, in channel-neutral terms.</summary>
/// <param name="Kind">Payment, refund or reversal.</param>
/// <param name="ChannelOutTradeNo">The merchant's <c>out_trade_no</c> at the channel (ours: <c>{outTradeNo}_{attempt}</c>).</param>
/// <param name="ChannelTradeNo">The channel's own trade number.</param>
/// <param name="AmountFen">The amount in fen, always positive: the order total for a payment, the amount given back otherwise.</param>
/// <param name="ChannelOutRefundNo">The merchant's refund number (Alipay <c>out_request_no</c>, WeChat <c>out_refund_no</c>) of a refund line.</param>
/// <param name="At">When the channel completed the line, when the bill says.</param>
/// <param name="LineNumber">The 1-based line in the bill file (for messages).</param>
public sealed record BillRecord(
    BillRecordKind Kind,
    string ChannelOutTradeNo,
    string? ChannelTradeNo,
    long AmountFen,
    string? ChannelOutRefundNo,
    DateTimeOffset? At,
    long LineNumber);
