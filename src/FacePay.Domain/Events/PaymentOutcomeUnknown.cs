namespace FacePay.Domain.Events;

/// <summary>
/// A charge attempt's outcome became unknown (timeout after send, USERPAYING, a broken connection): the order stays
/// Paying and is settled by querying the channel. Operator-only: merchants are told the settled outcome, not this.
/// </summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what reported it.</param>
/// <param name="Channel">The channel charged.</param>
/// <param name="Attempt">The attempt number whose outcome is unknown.</param>
/// <param name="ChannelOutTradeNo">The channel out_trade_no of that attempt.</param>
/// <param name="ErrorCode">What the channel (or the call) said, e.g. <c>USERPAYING</c> or <c>CALL_FAILED</c>.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.PaymentOutcomeUnknown")]
public sealed record PaymentOutcomeUnknown(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] PaymentChannel Channel,
    [property: Id(1)] int Attempt,
    [property: Id(2)] string ChannelOutTradeNo,
    [property: Id(3)] string? ErrorCode) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => "payment-outcome-unknown";

    /// <inheritdoc />
    public override bool NotifiesMerchant => false;
}
