using FacePay.Benchmarks.Measurement;
using Xunit;

namespace FacePay.Benchmarks.Tests;

public sealed class MeasurementTests
{
    [Fact]
    public void Spread_is_the_median_and_range_of_odd_and_even_counts()
    {
        Assert.Equal(new Spread(3, 1, 9, 3), Spread.Of([9, 1, 3]));
        Assert.Equal(new Spread(2.5, 1, 4, 4), Spread.Of([4, 1, 3, 2]));
    }

    [Fact]
    public void Latency_percentiles_are_nearest_rank()
    {
        var recorder = new LatencyRecorder();
        foreach (var ms in Enumerable.Range(1, 100))
        {
            recorder.Record(TimeSpan.FromMilliseconds(ms));
        }

        var summary = recorder.Summarise();

        Assert.Equal(100, summary.Count);
        Assert.Equal(50, summary.P50Ms, 3);
        Assert.Equal(99, summary.P99Ms, 3);
        Assert.Equal(100, summary.MaxMs, 3);
    }

    [Fact]
    public void No_latencies_summarise_as_empty()
    {
        Assert.Equal(0, new LatencyRecorder().Summarise().Count);
        Assert.True(double.IsNaN(new LatencyRecorder().Summarise().P99Ms));
    }

    [Fact]
    public void Paired_rounds_alternate_which_side_goes_first_and_ratio_each_round()
    {
        var order = new List<string>();
        var baseline = 100.0;
        var result = PairedComparison.Run(
            4,
            () =>
            {
                order.Add("raw");
                return new Throughput(baseline, null);
            },
            () =>
            {
                order.Add("ours");
                return new Throughput(80, null);
            });

        Assert.Equal(["raw", "ours", "ours", "raw", "raw", "ours", "ours", "raw"], order);
        Assert.Equal(0.8, result.Ratio, 6);
        Assert.Null(result.CpuRatio);
    }

    [Fact]
    public void Cpu_throughput_counts_every_thread_and_surfaces_a_failing_operation()
    {
        var calls = new int[2];
        var throughput = CpuThroughput.Measure(2, TimeSpan.FromMilliseconds(50), (thread, _) => Interlocked.Increment(ref calls[thread]));

        Assert.True(calls[0] > 0 && calls[1] > 0);
        Assert.True(throughput.PerSecond > 0);
        Assert.Throws<InvalidOperationException>(() => CpuThroughput.Measure(1, TimeSpan.FromMilliseconds(10), (_, _) => throw new InvalidDataException("bad signature")));
    }
}
