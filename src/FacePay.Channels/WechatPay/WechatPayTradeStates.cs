using FacePay.Channels.Abstractions;

namespace FacePay.Channels.WechatPay;

/// <summary>Maps WeChat Pay <c>trade_state</c> and refund <c>status</c> values to the unified enums.</summary>
public static class WechatPayTradeStates
{
    /// <summary>Maps a <c>trade_state</c>.</summary>
    /// <param name="tradeState">The WeChat value.</param>
    /// <returns>The unified status; unknown values map to <see cref="ChannelTradeStatus.Unspecified"/>.</returns>
    public static ChannelTradeStatus ToChannelStatus(string? tradeState) => tradeState switch
    {
        "SUCCESS" => ChannelTradeStatus.Paid,
        "REFUND" => ChannelTradeStatus.Refunded,
        "NOTPAY" or "USERPAYING" => ChannelTradeStatus.WaitingForPayment,
        "CLOSED" => ChannelTradeStatus.Closed,
        "REVOKED" => ChannelTradeStatus.Revoked,
        "PAYERROR" => ChannelTradeStatus.Failed,
        _ => ChannelTradeStatus.Unspecified,
    };

    /// <summary>Maps a refund <c>status</c>.</summary>
    /// <param name="status">The WeChat value.</param>
    /// <returns>The unified refund status.</returns>
    public static ChannelRefundStatus ToRefundStatus(string? status) => status switch
    {
        "SUCCESS" => ChannelRefundStatus.Success,
        "PROCESSING" => ChannelRefundStatus.Processing,
        "CLOSED" => ChannelRefundStatus.Closed,
        "ABNORMAL" => ChannelRefundStatus.Abnormal,
        _ => ChannelRefundStatus.Unspecified,
    };
}
