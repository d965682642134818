namespace FacePay.Domain.Events;

/// <summary>A charge attempt definitely failed; the order is Failed and may be paid again with a new attempt.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what reported it.</param>
/// <param name="Attempt">The attempt number that failed.</param>
/// <param name="ChannelOutTradeNo">The channel out_trade_no of that attempt.</param>
/// <param name="FailureCode">The channel error code.</param>
/// <param name="FailureMessage">The channel error message.</param>
/// <param name="Channel">The channel of the order (absent in events written before it was recorded).</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.PaymentFailed")]
public sealed record PaymentFailed(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] int Attempt,
    [property: Id(1)] string ChannelOutTradeNo,
    [property: Id(2)] string? FailureCode,
    [property: Id(3)] string? FailureMessage,
    [property: Id(4)] PaymentChannel? Channel = null) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => "payment-failed";
}
