namespace FacePay.Domain.Webhooks;

/// <summary>
/// One merchant's webhook bookkeeping: what is waiting, what was delivered (recent ids, for deduplication), what
/// was given up, and counters. Pure rules, no I/O: the dispatcher grain persists it, sends what
/// <see cref="Due"/> returns, and reports each result back. Every set is bounded by <see cref="WebhookLedgerLimits"/>.
/// </summary>
/// <remarks>
/// Payment streams deliver at least once, so <see cref="Accept"/> refuses an event id it already holds anywhere
/// (pending, delivered, dead). The payload stored at acceptance is the one every attempt and replay sends.
/// </remarks>
[GenerateSerializer, Alias("FacePay.Webhooks.WebhookDeliveryLedger")]
public sealed class WebhookDeliveryLedger
{
    [Id(0)]
    private readonly List<WebhookDelivery> _pending = [];

    [Id(1)]
    private readonly List<WebhookDeadLetter> _deadLetters = [];

    // Id 2 held the delivered ids until they moved to WebhookDeliveryMemory (stored apart); it is not reused.
    [NonSerialized]
    private WebhookDeliveryMemory? _delivered;

    /// <summary>Events waiting for an attempt, in acceptance order.</summary>
    public IReadOnlyList<WebhookDelivery> Pending => _pending;

    /// <summary>Events given up, oldest first.</summary>
    public IReadOnlyList<WebhookDeadLetter> DeadLetters => _deadLetters;

    /// <summary>Events accepted (first sightings).</summary>
    [Id(3)]
    public long AcceptedCount { get; private set; }

    /// <summary>Events delivered with a 2xx answer.</summary>
    [Id(4)]
    public long DeliveredCount { get; private set; }

    /// <summary>Attempts that failed (non-2xx, timeout, connection error).</summary>
    [Id(5)]
    public long FailedAttemptCount { get; private set; }

    /// <summary>Events moved to the dead letters.</summary>
    [Id(6)]
    public long DeadLetteredCount { get; private set; }

    /// <summary>Redeliveries of known events that were ignored.</summary>
    [Id(7)]
    public long DuplicateCount { get; private set; }

    /// <summary>Dead letters an operator replayed.</summary>
    [Id(8)]
    public long ReplayedCount { get; private set; }

    /// <summary>When the last event was delivered.</summary>
    [Id(9)]
    public DateTimeOffset? LastDeliveredAt { get; private set; }

    /// <summary>When the earliest pending attempt is due, or null when nothing is pending.</summary>
    public DateTimeOffset? NextAttemptAt => _pending.Count == 0 ? null : _pending.Min(delivery => delivery.NextAttemptAt);

    /// <summary>
    /// The remembered delivered ids. Not serialized with the ledger: a new or loaded ledger starts with an empty
    /// memory until <see cref="UseDeliveryMemory"/> attaches the one stored apart.
    /// </summary>
    public WebhookDeliveryMemory DeliveryMemory => _delivered ??= new WebhookDeliveryMemory();

    /// <summary>Whether an event id was delivered (among the remembered ones).</summary>
    public bool WasDelivered(string eventId) => DeliveryMemory.Contains(eventId);

    /// <summary>Attaches the remembered delivered ids (loaded from where they are stored) to this ledger.</summary>
    public void UseDeliveryMemory(WebhookDeliveryMemory memory) =>
        _delivered = memory ?? throw new ArgumentNullException(nameof(memory));

    /// <summary>Records a new event for an immediate first attempt, unless it is already known.</summary>
    public WebhookAcceptance Accept(WebhookPayload payload, DateTimeOffset now, WebhookLedgerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(limits);
        var eventId = payload.EventId;
        if (WasDelivered(eventId) || IndexOfPending(eventId) >= 0 || IndexOfDeadLetter(eventId) >= 0)
        {
            DuplicateCount++;
            return WebhookAcceptance.Duplicate;
        }

        AcceptedCount++;
        if (_pending.Count >= limits.MaxPending)
        {
            AddDeadLetter(new WebhookDeadLetter(payload, now, 0, now, "backlog full"), limits);
            return WebhookAcceptance.DeadLettered;
        }

        _pending.Add(new WebhookDelivery(payload, now, 0, now, null));
        return WebhookAcceptance.Queued;
    }

    /// <summary>Pending events whose attempt is due at <paramref name="now"/>, earliest first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<WebhookDelivery> Due(DateTimeOffset now, int max) =>
        [.. _pending.Where(delivery => delivery.NextAttemptAt <= now)
            .OrderBy(delivery => delivery.NextAttemptAt)
            .ThenBy(delivery => delivery.QueuedAt)
            .Take(max)];

    /// <summary>Records a 2xx answer. False when the event was not pending (already settled): nothing changes.</summary>
    public bool RecordDelivered(string eventId, DateTimeOffset now, WebhookLedgerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var index = IndexOfPending(eventId);
        if (index < 0)
        {
            return false;
        }

        _pending.RemoveAt(index);
        DeliveredCount++;
        LastDeliveredAt = now;
        DeliveryMemory.Remember(eventId, limits.MaxRememberedDeliveries);
        return true;
    }

    /// <summary>
    /// Records a failed attempt: schedules the next one from <paramref name="schedule"/>, or dead-letters the event
    /// when the schedule is exhausted. Null when the event was not pending.
    /// </summary>
    public WebhookFailureOutcome? RecordFailure(
        string eventId, string reason, DateTimeOffset now, WebhookRetrySchedule schedule, WebhookLedgerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(limits);
        var index = IndexOfPending(eventId);
        if (index < 0)
        {
            return null;
        }

        FailedAttemptCount++;
        var delivery = _pending[index];
        var attempts = delivery.Attempts + 1;
        if (schedule.DelayAfter(attempts) is { } delay)
        {
            var next = now + delay;
            _pending[index] = delivery with { Attempts = attempts, NextAttemptAt = next, LastFailure = reason };
            return new WebhookFailureOutcome(false, next);
        }

        _pending.RemoveAt(index);
        AddDeadLetter(new WebhookDeadLetter(delivery.Payload, delivery.QueuedAt, attempts, now, reason), limits);
        return new WebhookFailureOutcome(true, null);
    }

    /// <summary>
    /// Moves a dead letter back to the pending events for an immediate attempt with the same stored payload; it then
    /// gets the whole retry schedule again. False when no dead letter has this id.
    /// </summary>
    public bool Replay(string eventId, DateTimeOffset now)
    {
        var index = IndexOfDeadLetter(eventId);
        if (index < 0)
        {
            return false;
        }

        var deadLetter = _deadLetters[index];
        _deadLetters.RemoveAt(index);
        _pending.Add(new WebhookDelivery(deadLetter.Payload, now, 0, now, deadLetter.LastFailure));
        ReplayedCount++;
        return true;
    }

    private void AddDeadLetter(WebhookDeadLetter deadLetter, WebhookLedgerLimits limits)
    {
        _deadLetters.Add(deadLetter);
        DeadLetteredCount++;
        var excess = _deadLetters.Count - limits.MaxDeadLetters;
        if (excess > 0)
        {
            _deadLetters.RemoveRange(0, excess);
        }
    }

    private int IndexOfPending(string eventId) => _pending.FindIndex(delivery => delivery.EventId == eventId);

    private int IndexOfDeadLetter(string eventId) => _deadLetters.FindIndex(deadLetter => deadLetter.EventId == eventId);
}
