namespace FacePay.Domain.Events;

/// <summary>The channel confirmed a refund.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what reported it.</param>
/// <param name="OutRefundNo">The merchant's refund number.</param>
/// <param name="Amount">The amount of this refund.</param>
/// <param name="TotalRefunded">All successful refunds of the order so far, this one included.</param>
/// <param name="FullyRefunded">Whether the whole paid amount has now been refunded.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.RefundSucceeded")]
public sealed record RefundSucceeded(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] string OutRefundNo,
    [property: Id(1)] Money Amount,
    [property: Id(2)] Money TotalRefunded,
    [property: Id(3)] bool FullyRefunded) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => $"refund-succeeded-{OutRefundNo}";
}
