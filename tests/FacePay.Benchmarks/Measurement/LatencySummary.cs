using System.Diagnostics;

namespace FacePay.Benchmarks.Measurement;

/// <summary>Nearest-rank latency percentiles in milliseconds over every recorded operation.</summary>
public sealed record LatencySummary(int Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    /// <summary>No operations.</summary>
    public static LatencySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Summarises latencies already sorted ascending, in <see cref="Stopwatch"/> ticks.</summary>
    public static LatencySummary FromSortedTicks(IReadOnlyList<long> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return Empty;
        }

        return new LatencySummary(sorted.Count, Ms(Rank(sorted, 0.50)), Ms(Rank(sorted, 0.90)), Ms(Rank(sorted, 0.99)), Ms(sorted[^1]));
    }

    /// <summary>Summarises latencies in any order.</summary>
    public static LatencySummary Of(IEnumerable<TimeSpan> latencies)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        var recorder = new LatencyRecorder();
        foreach (var latency in latencies)
        {
            recorder.Record(latency);
        }

        return recorder.Summarise();
    }

    // Nearest rank: the smallest value with at least p of all values at or below it.
    private static long Rank(IReadOnlyList<long> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
