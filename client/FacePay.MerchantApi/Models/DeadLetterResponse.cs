using FacePay.Contracts.Webhooks;

namespace FacePay.MerchantApi.Models;

/// <summary>An event whose delivery was given up; replay it with <c>POST /v1/events/replays</c>.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="EventType">The event type, e.g. <c>payment.succeeded</c>.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="QueuedAt">When the event was accepted.</param>
/// <param name="DeadLetteredAt">When it was given up.</param>
/// <param name="LastFailure">Why the last attempt failed.</param>
/// <param name="Payload">The JSON body a replay sends again, unchanged.</param>
public sealed record DeadLetterResponse(string EventId, string EventType, int Attempts, DateTimeOffset QueuedAt, DateTimeOffset DeadLetteredAt, string? LastFailure, string Payload)
{
    /// <summary>Maps a dead letter.</summary>
    public static DeadLetterResponse From(WebhookDeadLetterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.EventId, entry.EventType, entry.Attempts, entry.QueuedAt, entry.DeadLetteredAt, entry.LastFailure, entry.Payload);
    }
}
