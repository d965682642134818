namespace FacePay.Domain.Webhooks;

/// <summary>An event whose retry schedule ran out (or that could not be queued); kept for an operator to replay.</summary>
/// <param name="Payload">The stored bytes a replay sends again.</param>
/// <param name="QueuedAt">When the event was accepted.</param>
/// <param name="Attempts">Attempts made before giving up.</param>
/// <param name="DeadLetteredAt">When it was given up.</param>
/// <param name="LastFailure">Why the last attempt failed.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookDeadLetter")]
public sealed record WebhookDeadLetter(
    [property: Id(0)] WebhookPayload Payload,
    [property: Id(1)] DateTimeOffset QueuedAt,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset DeadLetteredAt,
    [property: Id(4)] string? LastFailure)
{
    /// <summary>The event id.</summary>
    public string EventId => Payload.EventId;
}
