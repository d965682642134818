namespace FacePay.Contracts.Webhooks;

/// <summary>An event waiting for delivery, as an operator sees it.</summary>
/// <param name="EventId">The event id (also the idempotency key the merchant sees).</param>
/// <param name="EventType">The public event type, e.g. <c>payment.succeeded</c>.</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="QueuedAt">When the event was accepted or replayed.</param>
/// <param name="NextAttemptAt">When the next attempt is due.</param>
/// <param name="LastFailure">Why the last attempt failed, if one did.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookBacklogEntry")]
public sealed record WebhookBacklogEntry(
    [property: Id(0)] string EventId,
    [property: Id(1)] string EventType,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset QueuedAt,
    [property: Id(4)] DateTimeOffset NextAttemptAt,
    [property: Id(5)] string? LastFailure);
