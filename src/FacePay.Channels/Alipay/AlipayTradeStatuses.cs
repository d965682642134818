using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Alipay;

/// <summary>Maps Alipay <c>trade_status</c> values to <see cref="ChannelTradeStatus"/>.</summary>
public static class AlipayTradeStatuses
{
    /// <summary>Maps a <c>trade_status</c>.</summary>
    /// <param name="tradeStatus">The Alipay value.</param>
    /// <returns>The unified status; unknown values map to <see cref="ChannelTradeStatus.Unspecified"/>.</returns>
    public static ChannelTradeStatus ToChannelStatus(string? tradeStatus) => tradeStatus switch
    {
        "WAIT_BUYER_PAY" => ChannelTradeStatus.WaitingForPayment,
        "TRADE_SUCCESS" => ChannelTradeStatus.Paid,
        "TRADE_FINISHED" => ChannelTradeStatus.Finished,
        "TRADE_CLOSED" => ChannelTradeStatus.Closed,
        _ => ChannelTradeStatus.Unspecified,
    };
}
