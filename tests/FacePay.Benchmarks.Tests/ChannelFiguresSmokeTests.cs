using FacePay.Benchmarks.Channels;
using Xunit;

namespace FacePay.Benchmarks.Tests;

/// <summary>
/// One very short run of the channel figures: every measured operation checks its own result (a signature that does
/// not verify, a notification refused, a pay call that does not succeed fails the run), so this proves the figures
/// measure working code. Nothing here is about speed.
/// </summary>
public sealed class ChannelFiguresSmokeTests
{
    [Fact]
    public async Task Every_channel_figure_runs_verified_operations_on_both_sides()
    {
        var settings = BenchmarkSettings.QuickRun with
        {
            WarmUp = TimeSpan.FromMilliseconds(20),
            CpuRound = TimeSpan.FromMilliseconds(40),
        };

        var figures = await new ChannelCryptoBenchmark(settings, _ => { }).RunAsync();

        Assert.Contains(figures, f => f.Name.StartsWith("Signed Alipay requests", StringComparison.Ordinal) && f.GoalRatio == 0.90);
        Assert.Contains(figures, f => f.Name.StartsWith("Verified Alipay notifications", StringComparison.Ordinal) && f.GoalRatio == 0.80);
        Assert.Contains(figures, f => f.Name.StartsWith("Verified WeChat Pay notifications", StringComparison.Ordinal) && f.GoalRatio == 0.80);
        Assert.All(figures, f => Assert.True(f.Result.Ours.Median > 0 && f.Result.Baseline.Median > 0, f.Name));
    }
}
