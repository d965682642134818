using FacePay.Domain.Operations;

namespace FacePay.Domain.Tests.Operations;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_of_an_empty_histogram_are_unknown()
    {
        Assert.Null(LatencyHistogram.Empty.Percentile(0.5));
        Assert.Equal(0, LatencyHistogram.Empty.Summarize().Count);
    }

    [Theory]
    [InlineData(0.5, 50)]
    [InlineData(0.9, 90)]
    [InlineData(0.99, 99)]
    public void A_percentile_is_within_one_bucket_of_the_exact_value(double quantile, double exact)
    {
        var histogram = LatencyHistogram.Of(Enumerable.Range(1, 100).Select(i => (double)i));

        var estimate = histogram.Percentile(quantile)!.Value;

        Assert.InRange(estimate, exact / 1.25, exact * 1.25);
    }

    [Fact]
    public void Histograms_of_two_silos_add_up_to_the_histogram_of_all_recordings()
    {
        var first = Enumerable.Range(1, 50).Select(i => i * 3.0).ToList();
        var second = Enumerable.Range(1, 70).Select(i => i * 11.0).ToList();

        var sum = LatencyHistogram.Of(first).Plus(LatencyHistogram.Of(second));

        Assert.Equal(LatencyHistogram.Of(first.Concat(second)).Counts.ToArray(), sum.Counts.ToArray());
        Assert.Equal(120, sum.Count);
    }

    [Fact]
    public void A_slow_tail_moves_the_high_percentiles_and_not_the_median()
    {
        var values = Enumerable.Repeat(20.0, 95).Concat(Enumerable.Repeat(3000.0, 5));

        var summary = LatencyHistogram.Of(values).Summarize();

        Assert.InRange(summary.P50!.Value, 16, 25);
        Assert.InRange(summary.P99!.Value, 2400, 3750);
    }

    [Fact]
    public void Durations_beyond_the_last_bound_land_in_the_overflow_bucket()
    {
        var histogram = LatencyHistogram.Of([500_000.0]);

        Assert.Equal(1, histogram.Counts[^1]);
        Assert.Equal(LatencyHistogram.UpperBoundsMs[^1], histogram.Percentile(0.5));
    }

    [Fact]
    public void Negative_durations_count_as_zero()
    {
        Assert.Equal(0, LatencyHistogram.BucketOf(-5));
    }
}
