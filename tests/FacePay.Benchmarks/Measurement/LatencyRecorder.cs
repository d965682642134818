using System.Diagnostics;

namespace FacePay.Benchmarks.Measurement;

/// <summary>Collects latencies (thread-safe) and reports nearest-rank percentiles over all of them.</summary>
public sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<long> _ticks = [];

    /// <summary>How many latencies were recorded.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ticks.Count;
            }
        }
    }

    /// <summary>Records one latency in <see cref="Stopwatch"/> ticks.</summary>
    public void Record(long stopwatchTicks)
    {
        lock (_gate)
        {
            _ticks.Add(stopwatchTicks);
        }
    }

    /// <summary>Records one latency.</summary>
    public void Record(TimeSpan latency) => Record((long)(latency.TotalSeconds * Stopwatch.Frequency));

    /// <summary>The latency percentiles in milliseconds.</summary>
    public LatencySummary Summarise()
    {
        long[] sorted;
        lock (_gate)
        {
            sorted = [.. _ticks];
        }

        Array.Sort(sorted);
        return LatencySummary.FromSortedTicks(sorted);
    }
}
