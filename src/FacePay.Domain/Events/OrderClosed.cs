namespace FacePay.Domain.Events;

/// <summary>The order was closed without payment.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what closed it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Channel">The channel of the order (absent in events written before it was recorded).</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.OrderClosed")]
public sealed record OrderClosed(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] CloseReason Reason,
    [property: Id(1)] PaymentChannel? Channel = null) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => "order-closed";
}
