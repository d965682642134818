namespace FacePay.Domain;

/// <summary>One refund of a paid order, identified by the merchant's <see cref="OutRefundNo"/>.</summary>
/// <param name="OutRefundNo">The merchant's refund number, unique within the order; the idempotency key.</param>
/// <param name="ChannelOutRefundNo">The refund number sent to the channel (WeChat out_refund_no, Alipay out_request_no).</param>
/// <param name="Amount">The amount to give back.</param>
/// <param name="Reason">The merchant's reason, if any.</param>
/// <param name="Status">Where the refund stands.</param>
/// <param name="RequestedAt">When the order accepted the refund.</param>
/// <param name="ChannelRefundId">The channel's refund id once known.</param>
/// <param name="FailureCode">The channel error code of a failed refund.</param>
/// <param name="SettledAt">When the refund reached Succeeded or Failed.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Refund")]
public sealed record Refund(
    [property: Id(0)] string OutRefundNo,
    [property: Id(1)] string ChannelOutRefundNo,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Reason,
    [property: Id(4)] RefundStatus Status,
    [property: Id(5)] DateTimeOffset RequestedAt,
    [property: Id(6)] string? ChannelRefundId = null,
    [property: Id(7)] string? FailureCode = null,
    [property: Id(8)] DateTimeOffset? SettledAt = null);
