namespace FacePay.Sandbox.Trades;

/// <summary>A trade as the sandbox holds it, with its call counters.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="OutTradeNo">The merchant's order number.</param>
/// <param name="TradeNo">The channel's trade number (Alipay <c>trade_no</c>, WeChat <c>transaction_id</c>).</param>
/// <param name="AmountFen">The order amount in fen.</param>
/// <param name="Currency">ISO currency (CNY).</param>
/// <param name="Description">Alipay <c>subject</c> or WeChat <c>description</c>.</param>
/// <param name="Status">The channel-neutral state.</param>
/// <param name="ChannelStatus">The state in the channel's words (<c>trade_status</c> / <c>trade_state</c>).</param>
/// <param name="PaidFen">Amount taken from the payer (0 until paid).</param>
/// <param name="RefundedFen">Amount given back: refunds plus a reversal of a paid trade.</param>
/// <param name="PayCalls">Pay requests seen for this <c>out_trade_no</c> (rejected ones included).</param>
/// <param name="QueryCalls">Query requests seen.</param>
/// <param name="BuyerId">Alipay <c>buyer_user_id</c> or WeChat <c>openid</c>.</param>
/// <param name="PayerCode">The auth code / face token / agreement number used to pay.</param>
/// <param name="NotifyUrl">Where notifications go.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="PaidAt">Payment time.</param>
/// <param name="ClosedAt">Close / cancel time.</param>
/// <param name="Refunds">Refunds in request order.</param>
public sealed record SandboxTradeSnapshot(
    SandboxChannel Channel,
    string OutTradeNo,
    string TradeNo,
    long AmountFen,
    string Currency,
    string Description,
    SandboxTradeStatus Status,
    string ChannelStatus,
    long PaidFen,
    long RefundedFen,
    int PayCalls,
    int QueryCalls,
    string BuyerId,
    string PayerCode,
    string? NotifyUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<SandboxRefundSnapshot> Refunds)
{
    /// <summary>Succeeded refunds only (a reversal excluded).</summary>
    public long RefundsFen => Refunds.Where(r => r.Status == SandboxRefundStatus.Success).Sum(r => r.AmountFen);
}
