namespace FacePay.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_explains_the_tool_and_exits_zero()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("facepay", run.Out, StringComparison.Ordinal);
        Assert.Contains("--json", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error_with_a_message()
    {
        var run = await CliRun.InvokeAsync("no-such-command");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
    }
}
