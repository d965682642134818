namespace FacePay.Domain.Events;

/// <summary>The channel confirmed the charge; the order is Paid.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what reported it.</param>
/// <param name="Amount">The amount charged (always the order amount).</param>
/// <param name="Channel">The channel charged.</param>
/// <param name="Attempt">The attempt number that succeeded.</param>
/// <param name="ChannelOutTradeNo">The channel out_trade_no of that attempt.</param>
/// <param name="ChannelTradeNo">The channel's own trade number.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.PaymentSucceeded")]
public sealed record PaymentSucceeded(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] Money Amount,
    [property: Id(1)] PaymentChannel Channel,
    [property: Id(2)] int Attempt,
    [property: Id(3)] string ChannelOutTradeNo,
    [property: Id(4)] string? ChannelTradeNo) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => "payment-succeeded";
}
