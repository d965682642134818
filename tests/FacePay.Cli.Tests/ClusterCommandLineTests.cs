namespace FacePay.Cli.Tests;

/// <summary>
/// The cluster commands' command lines, without a cluster: help, usage errors (exit 2), and the failures that come
/// before any connection (unreadable files, an unreachable cluster) as one line with exit 1. Their runs against a
/// live cluster are in FacePay.EndToEnd.Tests (FacePayCliTests).
/// </summary>
public sealed class ClusterCommandLineTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Timeout=1";

    [Theory]
    [InlineData("orders", new[] { "create", "get", "list", "history", "pay", "close", "refund", "Examples:", "facepay orders refund", "facepay orders list" })]
    [InlineData("members", new[] { "enroll", "get", "delete", "Examples:", "facepay members enroll" })]
    [InlineData("face", new[] { "compare", "inspect", "enroll", "Examples:" })]
    [InlineData("cluster", new[] { "status", "Examples:", "FacePay__Client__PostgresConnectionString" })]
    [InlineData("load", new[] { "orders", "face-pay", "loopback", "p50/p90/p99/max", "Examples:", "facepay load face-pay" })]
    public async Task Each_group_lists_its_commands_and_ends_with_examples(string group, string[] expected)
    {
        var run = await CliRun.InvokeAsync(group, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var text in expected)
        {
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("orders", "get")]
    [InlineData("orders", "refund")]
    [InlineData("orders", "list")]
    [InlineData("members", "enroll")]
    [InlineData("face", "enroll")]
    [InlineData("cluster", "status")]
    [InlineData("load", "face-pay")]
    [InlineData("recon", "run")]
    public async Task Every_cluster_command_takes_the_same_connection_options(string group, string command)
    {
        var run = await CliRun.InvokeAsync(group, command, "--help");

        foreach (var option in new[] { "--postgres", "--cluster-id", "--service-id", "--connect-timeout", "FacePay__Client__PostgresConnectionString", "FacePay__Client__ClusterId" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_root_help_lists_each_group_by_its_first_paragraph_only()
    {
        var run = await CliRun.InvokeAsync("--help");

        foreach (var group in new[] { "orders", "members", "cluster", "load" })
        {
            Assert.Contains(group, run.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Examples:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.34")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999")]
    public async Task An_amount_that_is_not_a_positive_whole_number_of_minor_units_is_a_usage_error(string amount)
    {
        string[][] commands =
        [
            ["orders", "create", "T0001", "-m", "m1", "--amount", amount, "--channel", "alipay", "--member", "alice", "-d", "Tea"],
            ["orders", "refund", "T0001", "-m", "m1", "--out-refund-no", "R1", "--amount", amount],
            ["load", "orders", "-m", "m1", "--count", "1", "--amount", amount],
        ];
        foreach (var args in commands)
        {
            var run = await CliRun.InvokeAsync(args);

            Assert.Equal(ExitCodes.Usage, run.ExitCode);
            Assert.Contains($"--amount takes a positive whole number of minor units", run.Error, StringComparison.Ordinal);
            Assert.Contains($"got '{amount}'", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--count 0", "--count takes a whole number from 1 to 10000; got '0'.")]
    [InlineData("--count 10001", "--count takes a whole number from 1 to 10000")]
    [InlineData("--count 5 --rate 0", "--rate takes operations per second from 0.1 to 1000; got '0'.")]
    [InlineData("--count 5 --rate fast", "--rate takes operations per second")]
    [InlineData("--count 5 --concurrency 65", "--concurrency takes a whole number from 1 to 64; got '65'.")]
    [InlineData("--count 5 --time-limit 601", "--time-limit takes a whole number from 1 to 600; got '601'.")]
    [InlineData("--count 5 --prefix bad-prefix", "--prefix takes 1-22 characters of A-Z a-z 0-9; got 'bad-prefix'.")]
    [InlineData("--count 5 --currency XYZ", "--currency 'XYZ' is not a known ISO 4217 code")]
    [InlineData("--count 5 --channel paypal", "--channel 'paypal' is not a channel: use alipay or wechatpay.")]
    [InlineData("--count 5 --member bad/member", "'bad/member' is not a member id")]
    [InlineData("--count 5 --connect-timeout 0", "--connect-timeout takes a whole number from 1 to 300; got '0'.")]
    public async Task Load_bounds_are_enforced_before_anything_runs(string options, string message)
    {
        var run = await CliRun.InvokeAsync(["load", "orders", "-m", "m1", .. options.Split(' ')]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orders", "get", "T1")]
    [InlineData("orders", "get", "T0001", "-m", "bad merchant")]
    [InlineData("orders", "get", "T0001")]
    [InlineData("orders", "create", "T0001", "-m", "m1", "--amount", "100", "--channel", "alipay", "--member", "alice")]
    [InlineData("orders", "create", "T0001", "-m", "m1", "--amount", "100", "--channel", "alipay", "--member", "alice", "-d", "Tea", "--expires-in", "30")]
    [InlineData("orders", "refund", "T0001", "-m", "m1", "--amount", "100")]
    [InlineData("orders", "refund", "T0001", "-m", "m1", "--out-refund-no", "R1", "--amount", "100", "--wait", "301")]
    [InlineData("orders", "pay", "T0001", "-m", "m1", "--payer-code", "fp1")]
    [InlineData("members", "enroll", "alice", "-m", "m1")]
    [InlineData("members", "get", "a/b", "-m", "m1")]
    [InlineData("orders", "list")]
    [InlineData("orders", "list", "-m", "not a merchant")]
    [InlineData("load", "face-pay", "-m", "m1", "--count", "5", "--photo", "p.jpg")]
    [InlineData("load", "orders", "--count", "5")]
    [InlineData("cluster", "status", "--no-such-option")]
    public async Task A_malformed_cluster_command_line_exits_2_with_a_message(params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Theory]
    [InlineData("members", "enroll", "alice", "{missing}", "-m", "m1")]
    [InlineData("face", "enroll", "alice", "{fixture}", "{missing}", "-m", "m1")]
    [InlineData("orders", "pay", "T0001", "-m", "m1", "--photo", "{missing}", "--payer-code", "fp1")]
    [InlineData("load", "face-pay", "-m", "m1", "--count", "1", "--member", "alice", "--photo", "{missing}")]
    [InlineData("load", "face-pay", "-m", "m1", "--count", "1", "--member", "alice", "--photo", "{fixture}", "--enroll", "{missing}")]
    public async Task A_photo_file_that_cannot_be_read_fails_on_one_line_before_the_cluster_is_asked(params string[] template)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"facepay-missing-{Guid.NewGuid():N}.jpg");
        var fixture = Path.Combine(AppContext.BaseDirectory, "fixtures", "faces", "obama_1.jpg");
        string[] args = [.. template.Select(a => a.Replace("{missing}", missing, StringComparison.Ordinal).Replace("{fixture}", fixture, StringComparison.Ordinal)), "--postgres", Unreachable];

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("facepay: ", line, StringComparison.Ordinal);
        Assert.Contains($"cannot read {missing}", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("orders", "get", "T0001", "-m", "m1")]
    [InlineData("members", "get", "alice", "-m", "m1", "--json")]
    [InlineData("cluster", "status")]
    [InlineData("load", "orders", "-m", "m1", "--count", "1")]
    public async Task An_unreachable_cluster_is_a_one_line_failure(params string[] args)
    {
        var run = await CliRun.InvokeAsync([.. args, "--postgres", Unreachable]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("facepay: Cannot reach the cluster", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
