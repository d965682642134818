using FacePay.Cli.Commands.Load;

namespace FacePay.Cli.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_of_one_to_a_hundred_milliseconds_are_their_nearest_ranks()
    {
        var latencies = Enumerable.Range(1, 100).Reverse().Select(ms => TimeSpan.FromMilliseconds(ms));

        var summary = LatencySummary.From(latencies);

        Assert.Equal(new LatencySummary(100, 50, 90, 99, 100, 50.5), summary);
    }

    [Fact]
    public void Ten_operations_put_p99_on_the_slowest()
    {
        var summary = LatencySummary.From([.. Enumerable.Range(1, 9).Select(_ => TimeSpan.FromMilliseconds(10)), TimeSpan.FromMilliseconds(500)]);

        Assert.Equal((10.0, 10.0, 500.0, 500.0), (summary.P50!.Value, summary.P90!.Value, summary.P99!.Value, summary.Max!.Value));
    }

    [Fact]
    public void One_operation_is_every_percentile()
    {
        var summary = LatencySummary.From([TimeSpan.FromMilliseconds(42.25)]);

        Assert.Equal(new LatencySummary(1, 42.3, 42.3, 42.3, 42.3, 42.3), summary);
    }

    [Fact]
    public void No_operations_have_no_figures()
    {
        Assert.Equal(new LatencySummary(0, null, null, null, null, null), LatencySummary.From([]));
    }
}
