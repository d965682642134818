namespace FacePay.Contracts.Webhooks;

/// <summary>An event given up after its retry schedule, as an operator sees it (replay it by <see cref="EventId"/>).</summary>
/// <param name="EventId">The event id.</param>
/// <param name="EventType">The public event type.</param>
/// <param name="Attempts">Attempts made before giving up.</param>
/// <param name="QueuedAt">When the event was accepted.</param>
/// <param name="DeadLetteredAt">When it was given up.</param>
/// <param name="LastFailure">Why the last attempt failed.</param>
/// <param name="Payload">The stored JSON body a replay sends again, unchanged.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookDeadLetterEntry")]
public sealed record WebhookDeadLetterEntry(
    [property: Id(0)] string EventId,
    [property: Id(1)] string EventType,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset QueuedAt,
    [property: Id(4)] DateTimeOffset DeadLetteredAt,
    [property: Id(5)] string? LastFailure,
    [property: Id(6)] string Payload);
