namespace FacePay.Channels.Alipay;

/// <summary>A verified Alipay asynchronous notification (<c>trade_status_sync</c>), amounts in fen.</summary>
/// <param name="NotifyId">The notification id (deduplication key).</param>
/// <param name="NotifyType">The notification type, e.g. <c>trade_status_sync</c>.</param>
/// <param name="NotifyTime">The notification time text (Beijing time, <c>yyyy-MM-dd HH:mm:ss</c>).</param>
/// <param name="AppId">The app the notification is for; check it against ours.</param>
/// <param name="OutTradeNo">Our trade number.</param>
/// <param name="TradeNo">Alipay's trade number.</param>
/// <param name="TradeStatus">The trade status (<c>WAIT_BUYER_PAY</c>, <c>TRADE_SUCCESS</c>, <c>TRADE_FINISHED</c>, <c>TRADE_CLOSED</c>).</param>
/// <param name="TotalAmountFen">The order's total amount in fen, when present.</param>
/// <param name="RefundFeeFen">The total refunded amount in fen, when present (refund notifications).</param>
/// <param name="OutBizNo">The refund request number (<c>out_biz_no</c>), when present.</param>
/// <param name="SellerId">The seller id; check it against ours when configured.</param>
/// <param name="BuyerId">The buyer's Alipay user id, when present.</param>
/// <param name="Parameters">All parameters as received, for auditing.</param>
public sealed record AlipayNotification(
    string NotifyId,
    string? NotifyType,
    string? NotifyTime,
    string AppId,
    string OutTradeNo,
    string? TradeNo,
    string? TradeStatus,
    long? TotalAmountFen,
    long? RefundFeeFen,
    string? OutBizNo,
    string? SellerId,
    string? BuyerId,
    IReadOnlyDictionary<string, string> Parameters);
