namespace FacePay.Domain;

/// <summary>What the channel said about one refund (response, notification or query), verified and classified.</summary>
/// <param name="OutRefundNo">The merchant's refund number the answer is about.</param>
/// <param name="Outcome">Succeeded or Failed. (Processing/unknown answers are not reported to the order.)</param>
/// <param name="Source">Where the answer came from.</param>
/// <param name="Amount">The refund amount the channel reports, if given; checked against the refund.</param>
/// <param name="ChannelRefundId">The channel's refund id, if given.</param>
/// <param name="FailureCode">The channel error or status code of a failure.</param>
/// <param name="RefundedTotal">
/// What the channel says the whole trade has refunded so far, when it reports that instead of (or besides) the
/// refund's own amount: Alipay's refund notification carries only <c>refund_fee</c>, the trade's cumulative refund.
/// Checked against the order's refunds.
/// </param>
/// <param name="TradeAmount">The refunded trade's total as the channel reports it, if given; must be the order's amount.</param>
[GenerateSerializer, Immutable, Alias("FacePay.ChannelRefundResult")]
public sealed record ChannelRefundResult(
    [property: Id(0)] string OutRefundNo,
    [property: Id(1)] RefundOutcome Outcome,
    [property: Id(2)] ChangeSource Source,
    [property: Id(3)] Money? Amount = null,
    [property: Id(4)] string? ChannelRefundId = null,
    [property: Id(5)] string? FailureCode = null,
    [property: Id(6)] Money? RefundedTotal = null,
    [property: Id(7)] Money? TradeAmount = null);
