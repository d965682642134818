namespace FacePay.Domain.Operations;

/// <summary>What the operations read model knows of one order, from its payment events.</summary>
/// <param name="Key">The order.</param>
/// <param name="State">The state its latest event put it in (<see cref="OrderState.Paying"/> while the outcome is unknown).</param>
/// <param name="Version">The order version of that event.</param>
/// <param name="UpdatedAt">When that event happened.</param>
/// <param name="Channel">The channel, once an event named it.</param>
/// <param name="Amount">The amount, once an event named it.</param>
/// <param name="CreatedAt">When the order was created, when its creation was seen.</param>
/// <param name="ExpiresAt">When the unpaid order closes by itself, when its creation was seen.</param>
/// <param name="OutcomeUnknownSince">While <see cref="State"/> is Paying: when the attempt's outcome became unknown.</param>
/// <param name="LastCode">The latest failure or unknown-outcome code.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.TrackedOrder")]
public sealed record TrackedOrder(
    [property: Id(0)] OrderKey Key,
    [property: Id(1)] OrderState State,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] PaymentChannel? Channel,
    [property: Id(5)] Money? Amount,
    [property: Id(6)] DateTimeOffset? CreatedAt,
    [property: Id(7)] DateTimeOffset? ExpiresAt,
    [property: Id(8)] DateTimeOffset? OutcomeUnknownSince,
    [property: Id(9)] string? LastCode)
{
    /// <summary>Whether nothing more is expected of the order (paid, refunded or closed).</summary>
    public bool IsFinished => State is OrderState.Paid or OrderState.PartiallyRefunded or OrderState.Refunded or OrderState.Closed;

    /// <summary>Whether the order waits for a channel query to learn its payment's outcome.</summary>
    public bool AwaitsQuery => State == OrderState.Paying && OutcomeUnknownSince is not null;

    /// <summary>Whether an unpaid order is past its expiry at <paramref name="now"/> and still open.</summary>
    public bool IsOpenPastExpiry(DateTimeOffset now) =>
        (State is OrderState.Created or OrderState.Verifying or OrderState.ReadyToPay or OrderState.Failed) && ExpiresAt is { } expires && expires <= now;
}
