using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// Durations in fixed, geometrically growing buckets (each bound 1.25 × the one before, from 0.5 ms to about 70 s, then
/// one overflow bucket), so histograms from every silo add up exactly and a percentile is read from the sum. A
/// percentile is interpolated inside its bucket: it is within one bucket's width (25 %) of the true value.
/// </summary>
/// <param name="Counts">Counts per bucket, <see cref="BucketCount"/> long.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.LatencyHistogram")]
public sealed record LatencyHistogram([property: Id(0)] ImmutableArray<long> Counts)
{
    private const double FirstBoundMs = 0.5;
    private const double Growth = 1.25;

    /// <summary>The upper bounds (ms) of every bucket but the last, which holds everything above.</summary>
    public static readonly ImmutableArray<double> UpperBoundsMs = MakeBounds();

    /// <summary>How many buckets a histogram has.</summary>
    public static int BucketCount => UpperBoundsMs.Length + 1;

    /// <summary>A histogram with nothing recorded.</summary>
    public static LatencyHistogram Empty { get; } = new(ImmutableArray.Create(new long[UpperBoundsMs.Length + 1]));

    /// <summary>How many durations were recorded.</summary>
    public long Count => Counts.Sum();

    /// <summary>The bucket a duration falls in.</summary>
    public static int BucketOf(double milliseconds)
    {
        var index = UpperBoundsMs.BinarySearch(Math.Max(0, milliseconds));
        return index >= 0 ? index : ~index;
    }

    /// <summary>The sum of two histograms.</summary>
    public LatencyHistogram Plus(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = new long[BucketCount];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = Counts[i] + other.Counts[i];
        }

        return new LatencyHistogram(ImmutableArray.Create(sum));
    }

    /// <summary>A histogram of the given durations (ms).</summary>
    public static LatencyHistogram Of(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var counts = new long[BucketCount];
        foreach (var value in milliseconds)
        {
            counts[BucketOf(value)]++;
        }

        return new LatencyHistogram(ImmutableArray.Create(counts));
    }

    /// <summary>The duration (ms) below which <paramref name="quantile"/> (0–1) of the recordings fall; null when empty.</summary>
    public double? Percentile(double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        var total = Count;
        if (total == 0)
        {
            return null;
        }

        // The rank of the wanted recording (1-based), then the bucket that holds it and its place inside that bucket.
        var rank = Math.Max(1, Math.Ceiling(quantile * total));
        long below = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            if (Counts[i] == 0 || below + Counts[i] < rank)
            {
                below += Counts[i];
                continue;
            }

            var lower = i == 0 ? 0 : UpperBoundsMs[i - 1];
            if (i == UpperBoundsMs.Length)
            {
                return lower;
            }

            var upper = UpperBoundsMs[i];
            return lower + ((upper - lower) * (rank - below) / Counts[i]);
        }

        return UpperBoundsMs[^1];
    }

    /// <summary>The usual percentiles.</summary>
    public LatencySummary Summarize() => new(Count, Percentile(0.5), Percentile(0.9), Percentile(0.95), Percentile(0.99));

    private static ImmutableArray<double> MakeBounds()
    {
        var bounds = ImmutableArray.CreateBuilder<double>();
        for (var bound = FirstBoundMs; bound < 70_000; bound *= Growth)
        {
            bounds.Add(bound);
        }

        return bounds.ToImmutable();
    }
}
