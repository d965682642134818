namespace FacePay.Domain.Events;

/// <summary>An order was created.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what caused it.</param>
/// <param name="Amount">The order amount.</param>
/// <param name="Channel">The channel that will be charged.</param>
/// <param name="MemberId">The paying member.</param>
/// <param name="ExpiresAt">When the unpaid order closes by itself (absent in events written before it was recorded).</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.OrderCreated")]
public sealed record OrderCreated(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] Money Amount,
    [property: Id(1)] PaymentChannel Channel,
    [property: Id(2)] string MemberId,
    [property: Id(3)] DateTimeOffset? ExpiresAt = null) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => "order-created";
}
