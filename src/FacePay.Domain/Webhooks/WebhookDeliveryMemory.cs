namespace FacePay.Domain.Webhooks;

/// <summary>
/// The ids of a merchant's recently delivered events, oldest first, for deduplicating redelivered stream events.
/// Bounded by <see cref="WebhookLedgerLimits.MaxRememberedDeliveries"/>: the oldest are forgotten first.
/// </summary>
/// <remarks>
/// Kept apart from the rest of <see cref="WebhookDeliveryLedger"/> because it is by far its largest part (thousands of
/// ids) and changes with every delivery, while the rest must be written with every event: the dispatcher stores it as
/// its own row, less often (see <c>WebhookDispatcherOptions.DeliveryMemoryWriteDelay</c>).
/// </remarks>
[GenerateSerializer, Alias("FacePay.Webhooks.WebhookDeliveryMemory")]
public sealed class WebhookDeliveryMemory
{
    // Oldest first; trimmed from the front. The set below mirrors it and is rebuilt after deserialization.
    [Id(0)]
    private readonly List<string> _ids = [];

    [NonSerialized]
    private HashSet<string>? _index;

    private HashSet<string> Index => _index ??= new HashSet<string>(_ids, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="eventId"/> is among the remembered deliveries.</summary>
    public bool Contains(string eventId) => Index.Contains(eventId);

    /// <summary>Remembers a delivered id, forgetting the oldest beyond <paramref name="max"/>. False when it was already remembered.</summary>
    public bool Remember(string eventId, int max)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (!Index.Add(eventId))
        {
            return false;
        }

        _ids.Add(eventId);
        var excess = _ids.Count - max;
        if (excess > 0)
        {
            for (var i = 0; i < excess; i++)
            {
                Index.Remove(_ids[i]);
            }

            _ids.RemoveRange(0, excess);
        }

        return true;
    }
}
