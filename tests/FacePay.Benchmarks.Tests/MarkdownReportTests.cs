using FacePay.Benchmarks.Api;
using FacePay.Benchmarks.Measurement;
using FacePay.Benchmarks.Reconciliation;
using FacePay.Benchmarks.Reporting;
using Xunit;

namespace FacePay.Benchmarks.Tests;

public sealed class MarkdownReportTests
{
    private static ComparisonFigure Figure(string name, double ours, double raw, double? goal) =>
        new("Channels (issue 3)", name, "raw", "ops/s", 1, new PairedResult(Spread.Of([raw]), Spread.Of([ours]), Spread.Of([ours / raw])), goal);

    private static BenchmarkResults Results(BenchmarkSettings settings, string command) => new()
    {
        Machine = new MachineInfo("cpu", 2, "1 GiB", "os", ".NET", "abc123", DateTimeOffset.UnixEpoch),
        Settings = settings,
        Command = command,
        LoadAtStart = 0.5,
    };

    [Fact]
    public void Goals_are_judged_on_the_ratio_and_the_command_is_printed()
    {
        var results = Results(BenchmarkSettings.Full, "deploy/bench.sh --only channels");
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

    [Fact]
    public void The_api_and_reconciliation_sections_show_each_figure_beside_its_baseline()
    {
        var results = Results(BenchmarkSettings.QuickRun, "deploy/bench.sh --quick");
        results.Api = new ApiFigures(16, 2, TimeSpan.FromSeconds(2),
            [
                new ApiFigure("order reads", WrkResult.Parse(
                    """FACEPAY_WRK {"requests":1000,"duration_us":2000000,"non2xx":0,"connect":0,"read":0,"write":0,"timeout":0,"p50_us":1500,"p90_us":3000,"p99_us":9000,"max_us":12000}"""),
                    1000, LatencySummary.Empty, 0, 5000),
            ]);
        results.Reconciliation = new ReconciliationFigures(100_000, 99_900, 1, "files",
            [
                new ReconciliationFigure("Alipay", new ReconciliationRun(TimeSpan.FromSeconds(0.5), 10 * 1024 * 1024, 100_000), new ReconciliationRun(TimeSpan.FromSeconds(1), 20 * 1024 * 1024, 200)),
            ]);

        var markdown = MarkdownReport.Render(results);

        Assert.Contains("quick smoke run", markdown, StringComparison.Ordinal);
        Assert.Contains("| order reads | 500/s | 1.5 ms / 9.0 ms | 0 of 1000 | 1,000/s |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 50.0 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Alipay | 100,000 | 20.0 MiB | 200,000 | 10.0 MiB | 50.0 % | 200 |", markdown, StringComparison.Ordinal);
    }
}
