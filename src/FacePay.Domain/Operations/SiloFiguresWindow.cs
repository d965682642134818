using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// A silo's own recent figures: recordings go into the slot of their time, slots older than the window are dropped,
/// and a snapshot sums the slots still inside it. Not thread-safe: the silo's collector serialises access.
/// </summary>
public sealed class SiloFiguresWindow
{
    private readonly TimeSpan _slotWidth;
    private readonly int _slots;
    private readonly LinkedList<Slot> _window = new();

    /// <summary>A window of <paramref name="slots"/> slots of <paramref name="slotWidth"/> each.</summary>
    public SiloFiguresWindow(TimeSpan slotWidth, int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slotWidth, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        _slotWidth = slotWidth;
        _slots = slots;
    }

    /// <summary>How far back a snapshot reaches.</summary>
    public TimeSpan Width => _slotWidth * _slots;

    /// <summary>Records one channel call.</summary>
    public void RecordChannelCall(string channel, string outcome, double milliseconds, DateTimeOffset at)
    {
        var slot = SlotAt(at);
        var figures = slot.Channels.GetValueOrDefault(channel) ?? ChannelCallFigures.Idle(channel);
        slot.Channels = slot.Channels.SetItem(channel, figures with
        {
            Outcomes = Counts.Increment(figures.Outcomes, outcome),
            Durations = figures.Durations.Plus(LatencyHistogram.Of([milliseconds])),
        });
    }

    /// <summary>Records one analysed image: <paramref name="rejectionReason"/> null when it was accepted.</summary>
    public void RecordFaceCheck(string? rejectionReason, double milliseconds, DateTimeOffset at)
    {
        var slot = SlotAt(at);
        var face = slot.Face with { Durations = slot.Face.Durations.Plus(LatencyHistogram.Of([milliseconds])) };
        slot.Face = rejectionReason is null
            ? face with { Accepted = face.Accepted + 1 }
            : face with { Rejections = Counts.Increment(face.Rejections, rejectionReason) };
    }

    /// <summary>Records a face check refused at capacity.</summary>
    public void RecordFaceBusy(DateTimeOffset at)
    {
        var slot = SlotAt(at);
        slot.Face = slot.Face with { Busy = slot.Face.Busy + 1 };
    }

    /// <summary>
    /// The window's sums at <paramref name="now"/>, with each channel's breaker state from <paramref name="breakers"/>
    /// (a channel with a breaker but no calls in the window is listed idle).
    /// </summary>
    public SiloFigures Snapshot(string silo, DateTimeOffset now, IReadOnlyDictionary<string, string> breakers)
    {
        ArgumentNullException.ThrowIfNull(breakers);
        Expire(now);
        var channels = new SortedDictionary<string, ChannelCallFigures>(StringComparer.Ordinal);
        var face = FaceCheckFigures.None;
        foreach (var slot in _window)
        {
            foreach (var (name, figures) in slot.Channels)
            {
                channels[name] = channels.TryGetValue(name, out var sum) ? sum.Plus(figures) : figures;
            }

            face = face.Plus(slot.Face);
        }

        foreach (var (name, state) in breakers)
        {
            channels[name] = (channels.GetValueOrDefault(name) ?? ChannelCallFigures.Idle(name)) with { BreakerState = state };
        }

        return new SiloFigures(silo, now, Width, [.. channels.Values], face);
    }

    private Slot SlotAt(DateTimeOffset at)
    {
        var start = ActivityTimeline.BucketStart(at, _slotWidth);
        if (_window.Last is { } last && last.Value.Start >= start)
        {
            // A recording a little late (clock read before the slot turned) goes into the newest slot.
            return last.Value;
        }

        var slot = new Slot(start);
        _window.AddLast(slot);
        Expire(at);
        return slot;
    }

    private void Expire(DateTimeOffset now)
    {
        var oldest = ActivityTimeline.BucketStart(now, _slotWidth) - (_slotWidth * (_slots - 1));
        while (_window.First is { } first && first.Value.Start < oldest)
        {
            _window.RemoveFirst();
        }
    }

    private sealed class Slot(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public ImmutableDictionary<string, ChannelCallFigures> Channels { get; set; } = ImmutableDictionary.Create<string, ChannelCallFigures>(StringComparer.Ordinal);

        public FaceCheckFigures Face { get; set; } = FaceCheckFigures.None;
    }
}
