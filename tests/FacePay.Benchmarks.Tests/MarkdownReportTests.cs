using FacePay.Benchmarks.Measurement;
using FacePay.Benchmarks.Reporting;
using Xunit;

namespace FacePay.Benchmarks.Tests;

public sealed class MarkdownReportTests
{
    private static ComparisonFigure Figure(string name, double ours, double raw, double? goal) =>
        new("Channels (issue 3)", name, "raw", "ops/s", 1, new PairedResult(Spread.Of([raw]), Spread.Of([ours]), Spread.Of([ours / raw])), goal);

    [Fact]
    public void Goals_are_judged_on_the_ratio_and_the_command_is_printed()
    {
        var results = new BenchmarkResults
        {
            Machine = new MachineInfo("cpu", 2, "1 GiB", "os", ".NET", "abc123", DateTimeOffset.UnixEpoch),
            Settings = BenchmarkSettings.Full,
            Command = "deploy/bench.sh --only channels",
            LoadAtStart = 0.5,
        };
        results.Channels.Add(Figure("met figure", 95, 100, 0.90));
        results.Channels.Add(Figure("missed figure", 70, 100, 0.80));
        results.Channels.Add(Figure("plain figure", 50, 100, null));

        var markdown = MarkdownReport.Render(results);

        Assert.Contains("deploy/bench.sh --only channels", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 | met figure (1 thread(s)) ≥ 90 % of raw | 95.0 % | yes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 | missed figure (1 thread(s)) ≥ 80 % of raw | 70.0 % | **no** |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("plain figure (1 thread(s))", markdown, StringComparison.Ordinal);
        Assert.Contains("`abc123`", markdown, StringComparison.Ordinal);
    }
}
