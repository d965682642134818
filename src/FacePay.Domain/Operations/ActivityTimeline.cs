using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// Counts of order activity in fixed time buckets over a retention window. A count goes into the bucket of the
/// event's own time (not its arrival), so a late redelivery lands where it happened; events older than the
/// retention are not counted. Buckets are kept sparse and oldest first, and merge across merchants by start.
/// </summary>
public static class ActivityTimeline
{
    /// <summary>The start of the bucket holding <paramref name="at"/>.</summary>
    public static DateTimeOffset BucketStart(DateTimeOffset at, TimeSpan width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(width, TimeSpan.Zero);
        var utc = at.UtcTicks;
        return new DateTimeOffset(utc - (utc % width.Ticks), TimeSpan.Zero);
    }

    /// <summary>
    /// <paramref name="buckets"/> with one count of <paramref name="activity"/> at <paramref name="at"/>, and without
    /// buckets that fell out of the retention at <paramref name="now"/>; unchanged when <paramref name="at"/> is itself
    /// out of the retention.
    /// </summary>
    public static ImmutableList<ActivityBucket> Record(
        ImmutableList<ActivityBucket> buckets, OrderActivity activity, PaymentChannel? channel, DateTimeOffset at, DateTimeOffset now, OperationsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(limits);
        var kept = Prune(buckets, now, limits);
        var start = BucketStart(at, limits.BucketWidth);
        if (start < OldestKept(now, limits))
        {
            return kept;
        }

        // Oldest first: find the bucket or the place to insert it (nearly always the end).
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Start == start)
            {
                return kept.SetItem(i, kept[i].Add(activity, channel));
            }

            if (kept[i].Start < start)
            {
                return kept.Insert(i + 1, ActivityBucket.Empty(start).Add(activity, channel));
            }
        }

        return kept.Insert(0, ActivityBucket.Empty(start).Add(activity, channel));
    }

    /// <summary>The buckets still inside the retention at <paramref name="now"/>.</summary>
    public static ImmutableList<ActivityBucket> Prune(ImmutableList<ActivityBucket> buckets, DateTimeOffset now, OperationsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(limits);
        var oldest = OldestKept(now, limits);
        var drop = 0;
        while (drop < buckets.Count && buckets[drop].Start < oldest)
        {
            drop++;
        }

        return drop == 0 ? buckets : buckets.RemoveRange(0, drop);
    }

    /// <summary>Adds timelines bucket by bucket (e.g. every merchant's), oldest first.</summary>
    public static IReadOnlyList<ActivityBucket> Merge(IEnumerable<IEnumerable<ActivityBucket>> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var byStart = new SortedDictionary<DateTimeOffset, ActivityBucket>();
        foreach (var bucket in timelines.SelectMany(t => t))
        {
            byStart[bucket.Start] = byStart.TryGetValue(bucket.Start, out var sum) ? sum.Plus(bucket) : bucket;
        }

        return [.. byStart.Values];
    }

    /// <summary>Every bucket from <paramref name="from"/> to <paramref name="to"/>, empty ones included, so a chart has no gaps.</summary>
    public static IReadOnlyList<ActivityBucket> Dense(IReadOnlyList<ActivityBucket> buckets, DateTimeOffset from, DateTimeOffset to, TimeSpan width)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var byStart = buckets.ToDictionary(b => b.Start);
        var result = new List<ActivityBucket>();
        for (var start = BucketStart(from, width); start <= to; start += width)
        {
            result.Add(byStart.TryGetValue(start, out var bucket) ? bucket : ActivityBucket.Empty(start));
        }

        return result;
    }

    private static DateTimeOffset OldestKept(DateTimeOffset now, OperationsLimits limits) =>
        BucketStart(now - limits.Retention, limits.BucketWidth);
}
