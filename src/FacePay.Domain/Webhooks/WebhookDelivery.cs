namespace FacePay.Domain.Webhooks;

/// <summary>An event waiting to be delivered (never sent yet, or failed and waiting for its next attempt).</summary>
/// <param name="Payload">The stored bytes every attempt sends.</param>
/// <param name="QueuedAt">When the event was accepted (or replayed).</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="NextAttemptAt">When the next attempt is due.</param>
/// <param name="LastFailure">Why the last attempt failed (status code or error class; never secrets).</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookDelivery")]
public sealed record WebhookDelivery(
    [property: Id(0)] WebhookPayload Payload,
    [property: Id(1)] DateTimeOffset QueuedAt,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset NextAttemptAt,
    [property: Id(4)] string? LastFailure)
{
    /// <summary>The event id.</summary>
    public string EventId => Payload.EventId;
}
