namespace FacePay.Cli.Commands.Load;

/// <summary>
/// Latency percentiles of a set of operations, by the nearest-rank method (the p-th percentile is the smallest value
/// with at least p % of the values at or below it), in milliseconds. Null fields when there were no operations.
/// </summary>
/// <param name="Count">How many operations the figures cover.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Max">The slowest.</param>
/// <param name="Mean">Arithmetic mean.</param>
public sealed record LatencySummary(int Count, double? P50, double? P90, double? P99, double? Max, double? Mean)
{
    /// <summary>Summarises <paramref name="latencies"/> (any order).</summary>
    public static LatencySummary From(IEnumerable<TimeSpan> latencies)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        var sorted = latencies.Select(l => l.TotalMilliseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, null, null, null, null, null);
        }

        return new LatencySummary(
            sorted.Length,
            Round(NearestRank(sorted, 50)),
            Round(NearestRank(sorted, 90)),
            Round(NearestRank(sorted, 99)),
            Round(sorted[^1]),
            Round(sorted.Average()));
    }

    private static double NearestRank(double[] sorted, int percent)
    {
        // Rank = ceil(p/100 · n), 1-based; integer arithmetic keeps it exact.
        var rank = ((percent * sorted.Length) + 99) / 100;
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double Round(double milliseconds) => Math.Round(milliseconds, 1, MidpointRounding.AwayFromZero);
}
