using Xunit;

namespace FacePay.Benchmarks.Tests;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void A_full_run_writes_the_default_report_and_a_quick_run_writes_none()
    {
        var full = BenchmarkOptions.Parse([], "docs/BENCHMARKS.md");
        var quick = BenchmarkOptions.Parse(["--rounds", "3", "--quick"], "docs/BENCHMARKS.md");

        Assert.Equal(("docs/BENCHMARKS.md", false, true, true, true), (full.OutputPath, full.Settings.Quick, full.Channels, full.Face, full.Orders));
        Assert.Equal((true, true), (full.Reconciliation, full.Api));
        Assert.Null(quick.OutputPath);
        Assert.True(quick.Settings.Quick);
        Assert.Equal(3, quick.Settings.Rounds);
    }

    [Fact]
    public void The_environment_can_ask_for_the_quick_run()
    {
        var options = BenchmarkOptions.Parse([], "docs/BENCHMARKS.md", quickFromEnvironment: true);

        Assert.True(options.Settings.Quick);
        Assert.Null(options.OutputPath);
    }

    [Fact]
    public void Only_selects_sections()
    {
        var options = BenchmarkOptions.Parse(["--only", "face,orders", "--kiosks", "8", "--output", "x.md"], "d.md");
        var api = BenchmarkOptions.Parse(["--only", "api,reconciliation"], "d.md");

        Assert.Equal((false, true, true, 8, "x.md"), (options.Channels, options.Face, options.Orders, options.Kiosks, options.OutputPath));
        Assert.Equal((false, false, false, true, true), (api.Channels, api.Face, api.Orders, api.Reconciliation, api.Api));
    }

    [Theory]
    [InlineData("--only", "gpu")]
    [InlineData("--rounds", "0")]
    [InlineData("--kiosks", "many")]
    [InlineData("--frobnicate")]
    [InlineData("--output")]
    public void Bad_arguments_are_refused_with_a_reason(params string[] args)
    {
        var error = Assert.Throws<FormatException>(() => BenchmarkOptions.Parse(args, "d.md"));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
