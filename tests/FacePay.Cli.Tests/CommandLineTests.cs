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
        Assert.Contains("channel", run.Out, StringComparison.Ordinal);
        Assert.Contains("face", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error_with_a_message()
    {
        var run = await CliRun.InvokeAsync("no-such-command");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_help_lists_every_operation_and_where_settings_come_from()
    {
        var alipay = await CliRun.InvokeAsync("channel", "alipay", "--help");
        var wechatPay = await CliRun.InvokeAsync("channel", "wechatpay", "--help");

        foreach (var name in new[] { "pay", "query", "cancel", "close", "refund", "refund-query", "bill-url", "verify-notify", "--config", "--app-private-key-file" })
        {
            Assert.Contains(name, alipay.Out, StringComparison.Ordinal);
        }

        foreach (var name in new[] { "pay", "query", "close", "refund", "refund-query", "bill", "verify-notify", "--apiv3-key-file", "--platform-cert-file" })
        {
            Assert.Contains(name, wechatPay.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("12.34")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e3")]
    public async Task An_amount_that_is_not_a_positive_whole_number_of_fen_is_a_usage_error(string amount)
    {
        var run = await CliRun.InvokeAsync("channel", "alipay", "pay", "--out-trade-no", "T1", "--amount", amount, "--payer-code", "fp1");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("whole number of fen", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel", "alipay", "query")]
    [InlineData("channel", "wechatpay", "refund", "--out-trade-no", "T1", "--out-refund-no", "R1", "--amount", "1")]
    [InlineData("channel", "alipay", "pay", "--out-trade-no", "T1", "--amount", "1")]
    [InlineData("channel", "alipay", "pay", "--out-trade-no", "T1", "--amount", "1", "--payer-code", "fp1", "--agreement-no", "A1")]
    [InlineData("channel", "alipay", "bill-url", "--date", "23/11/2026")]
    [InlineData("channel", "wechatpay", "verify-notify", "--body-file", "b.json")]
    [InlineData("channel", "alipay", "query", "--out-trade-no", "T1", "--timeout", "0")]
    [InlineData("face", "compare", "only-one.jpg")]
    [InlineData("face", "inspect", "a.jpg", "--no-such-option")]
    public async Task A_malformed_command_line_exits_2_with_a_message(params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Fact]
    public async Task An_unforeseen_exception_ends_as_one_line_and_exit_code_one()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new Spectre.Console.Testing.TestConsole();
        var context = new CliContext(new CliOutput(console, output, error), new System.CommandLine.Option<bool>("--json"));
        var command = new System.CommandLine.RootCommand("probe");
        CliAction.Set(command, context, (_, _) => throw new InvalidOperationException("first line\nsecond line"));

        var exitCode = await command.Parse([]).InvokeAsync();

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("facepay: unexpected InvalidOperationException: first line second line", error.ToString().TrimEnd());
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }
}
