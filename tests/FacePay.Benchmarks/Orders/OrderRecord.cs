namespace FacePay.Benchmarks.Orders;

/// <summary>One order the driver placed: when it was due, when create started and pay returned, and whether it paid.</summary>
/// <param name="OutTradeNo">The merchant order number.</param>
/// <param name="DueAt">When the load schedule wanted it started (open loop), else when create started.</param>
/// <param name="CreateStartedAt">When the create call was made.</param>
/// <param name="PayReturnedAt">When the pay call returned, null if it threw.</param>
/// <param name="Paid">Whether the pay call answered Paid.</param>
/// <param name="Failure">Why not, when it did not.</param>
public sealed record OrderRecord(
    string OutTradeNo,
    DateTimeOffset DueAt,
    DateTimeOffset CreateStartedAt,
    DateTimeOffset? PayReturnedAt,
    bool Paid,
    string? Failure);
