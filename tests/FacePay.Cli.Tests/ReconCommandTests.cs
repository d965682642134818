namespace FacePay.Cli.Tests;

public sealed class ReconCommandTests
{
    [Theory]
    [InlineData("paypal", "2026-11-23", "--channel 'paypal' is not a channel")]
    [InlineData("alipay", "23/11/2026", "--date '23/11/2026' is not a date")]
    public async Task A_bad_channel_or_date_is_a_usage_error_named_on_one_line(string channel, string date, string message)
    {
        var run = await CliRun.InvokeAsync("recon", "run", "--channel", channel, "--date", date);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_a_one_line_failure()
    {
        var run = await CliRun.InvokeAsync("recon", "run", "--channel", "alipay", "--date", "2026-11-23", "--postgres", "Host=127.0.0.1;Port=1;Timeout=1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("facepay: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
