namespace FacePay.Domain.Events;

/// <summary>The channel refused or closed a refund; its amount is refundable again.</summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Source">Who or what reported it.</param>
/// <param name="OutRefundNo">The merchant's refund number.</param>
/// <param name="Amount">The amount of this refund.</param>
/// <param name="FailureCode">The channel error code.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.RefundFailed")]
public sealed record RefundFailed(
    OrderKey Key,
    long OrderVersion,
    DateTimeOffset OccurredAt,
    ChangeSource Source,
    [property: Id(0)] string OutRefundNo,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string? FailureCode) : PaymentEvent(Key, OrderVersion, OccurredAt, Source)
{
    /// <inheritdoc />
    public override string Kind => $"refund-failed-{OutRefundNo}";
}
