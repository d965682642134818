namespace FacePay.Domain.Operations;

/// <summary>
/// The ids of the last events applied, oldest first, to drop the stream's redeliveries (at least once). Bounded: a
/// redelivery comes within the queue's visibility timeout, long before the window has turned over.
/// </summary>
[GenerateSerializer, Alias("FacePay.Operations.RecentEventIds")]
public sealed class RecentEventIds
{
    [Id(0)]
    private readonly Queue<string> _ids = new();

    [NonSerialized]
    private HashSet<string>? _index;

    /// <summary>How many ids are remembered now.</summary>
    public int Count => _ids.Count;

    private HashSet<string> Index => _index ??= new HashSet<string>(_ids, StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="eventId"/>; false when it was already remembered (a redelivery).</summary>
    public bool TryAdd(string eventId, int capacity)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        if (!Index.Add(eventId))
        {
            return false;
        }

        _ids.Enqueue(eventId);
        while (_ids.Count > capacity)
        {
            Index.Remove(_ids.Dequeue());
        }

        return true;
    }
}
