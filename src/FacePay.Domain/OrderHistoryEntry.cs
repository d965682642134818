namespace FacePay.Domain;

/// <summary>One accepted change in an order's life: what happened, when, and who or what caused it.</summary>
/// <param name="Version">The order version this change produced.</param>
/// <param name="At">When the change was decided (the caller's clock).</param>
/// <param name="Source">Who or what caused it.</param>
/// <param name="Kind">What happened.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Detail">Short free text (codes, numbers); never secrets or personal data.</param>
[GenerateSerializer, Immutable, Alias("FacePay.OrderHistoryEntry")]
public sealed record OrderHistoryEntry(
    [property: Id(0)] long Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ChangeSource Source,
    [property: Id(3)] OrderChangeKind Kind,
    [property: Id(4)] OrderState From,
    [property: Id(5)] OrderState To,
    [property: Id(6)] string? Detail);
