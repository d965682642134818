using FacePay.Domain;

namespace FacePay.Grains.Channels;

/// <summary>
/// Signed calls to one payment channel (the grain key is the <see cref="PaymentChannel"/> value). Every call is
/// idempotent at the channel by its out_trade_no / out_refund_no, and bounded by the channel's resilience
/// pipeline (timeout, retries only where safe, circuit breaker).
/// </summary>
[Alias("FacePay.IChannelGatewayWorker")]
public interface IChannelGatewayWorker : IGrainWithIntegerKey
{
    /// <summary>Charges the payer. An unknown outcome must be resolved by <see cref="QueryAsync"/>, never by paying again.</summary>
    [Alias("Pay")]
    Task<GatewayTradeResult> PayAsync(GatewayPayRequest request);

    /// <summary>Asks where a trade stands.</summary>
    [Alias("Query")]
    Task<GatewayTradeResult> QueryAsync(string channelOutTradeNo);

    /// <summary>Cancels a trade whose outcome is not wanted: closes it if unpaid, reverses it if paid.</summary>
    [Alias("Cancel")]
    Task<GatewayTradeResult> CancelAsync(string channelOutTradeNo);

    /// <summary>
    /// Refunds part or all of a paid trade; <see cref="Refund.ChannelOutRefundNo"/> is the idempotency key. Null while
    /// the channel is still processing or its answer is unknown: the result then comes by query or notification.
    /// </summary>
    [Alias("Refund")]
    Task<ChannelRefundResult?> RefundAsync(string channelOutTradeNo, Refund refund, Money paidAmount);

    /// <summary>Asks where a refund stands; null while it is still processing.</summary>
    [Alias("QueryRefund")]
    Task<ChannelRefundResult?> QueryRefundAsync(string channelOutTradeNo, Refund refund);

    /// <summary>
    /// Follows up a pending refund: asks where it stands and, if the channel has no such refund (the request never
    /// reached it), submits it again under the same <see cref="Refund.ChannelOutRefundNo"/>. Null while unsettled.
    /// </summary>
    [Alias("FollowUpRefund")]
    Task<ChannelRefundResult?> FollowUpRefundAsync(string channelOutTradeNo, Refund refund, Money paidAmount);
}
