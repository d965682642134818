namespace FacePay.Domain.Webhooks;

/// <summary>What happens after a failed attempt.</summary>
/// <param name="DeadLettered">True when the schedule is exhausted and the event moved to the dead letters.</param>
/// <param name="NextAttemptAt">When the next attempt is due, when not dead-lettered.</param>
public sealed record WebhookFailureOutcome(bool DeadLettered, DateTimeOffset? NextAttemptAt);
