using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Sandbox;
using Xunit.Abstractions;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The <c>facepay</c> CLI as an operator runs it: a separate process, a second Orleans client of the running silos,
/// finding them through <c>FacePay__Client__*</c> in its environment; its JSON checked against what the cluster and the
/// channel sandbox hold.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class FacePayCliTests(RunningClusterFixture fixture, ITestOutputHelper output)
{
    private const string Faces = "tests/fixtures/faces";

    private string Merchant => fixture.Main.Id;

    [Fact]
    public async Task Members_enroll_prints_each_photos_verdict_and_get_and_delete_follow_it()
    {
        var member = NewMemberId();

        var enrolled = await RunAsync("members", "enroll", member, $"{Faces}/obama_1.jpg", $"{Faces}/obama_3.jpg", "-m", Merchant, "--json");

        Assert.Equal(0, enrolled.ExitCode);
        var report = enrolled.Json;
        Assert.True(report.GetProperty("enrolled").GetBoolean());
        Assert.Equal([$"{Faces}/obama_1.jpg", $"{Faces}/obama_3.jpg"], report.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("file").GetString()));
        Assert.All(report.GetProperty("photos").EnumerateArray(), p => Assert.Equal("Accepted", p.GetProperty("status").GetString()));
        Assert.Equal("Enrolled", report.GetProperty("member").GetProperty("status").GetString());

        var (read, table) = await BothAsync(RunAsync("members", "get", member, "-m", Merchant, "--json"), RunAsync("members", "get", member, "-m", Merchant));
        Assert.Equal(("Enrolled", 2), (read.Json.GetProperty("status").GetString(), read.Json.GetProperty("photoCount").GetInt32()));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Enrolled", table.Out, StringComparison.Ordinal);

        var deleted = await RunAsync("members", "delete", member, "-m", Merchant, "--json");
        Assert.Equal("NotEnrolled", deleted.Json.GetProperty("member").GetProperty("status").GetString());
        Assert.Equal("NotEnrolled", (await RunAsync("members", "get", member, "-m", Merchant, "--json")).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_photo_that_is_not_an_image_fails_on_one_line_and_enrols_nothing()
    {
        var member = NewMemberId();
        var notAnImage = Path.Combine(Path.GetTempPath(), $"facepay-cli-{Guid.NewGuid():N}.jpg");
        await File.WriteAllTextAsync(notAnImage, "this is text with a .jpg name");
        try
        {
            var run = await RunAsync("face", "enroll", member, notAnImage, "-m", Merchant, "--json");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(string.Empty, run.Out.Trim());
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"facepay: {notAnImage}: NotAnImage:", line, StringComparison.Ordinal);
            Assert.Equal("NotEnrolled", (await RunAsync("members", "get", member, "-m", Merchant, "--json")).Json.GetProperty("status").GetString());
        }
        finally
        {
            File.Delete(notAnImage);
        }
    }

    [Fact]
    public async Task Orders_create_pay_refund_get_and_history_agree_with_the_sandbox()
    {
        var member = NewMemberId();
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("cli");
        Assert.Equal(0, (await RunAsync("members", "enroll", member, $"{Faces}/obama_1.jpg", "-m", Merchant)).ExitCode);
        string[] create = ["orders", "create", outTradeNo, "-m", Merchant, "--amount", "2590", "--currency", "CNY", "--channel", "wechatpay", "--member", member, "-d", "Coffee beans", "--json"];

        var created = await RunAsync(create);
        var replayed = await RunAsync(create);

        Assert.Equal(0, created.ExitCode);
        Assert.False(created.Json.GetProperty("replayed").GetBoolean());
        var order = created.Json.GetProperty("order");
        Assert.Equal(("Created", 2590L, "CNY", "WechatPay"), (order.GetProperty("state").GetString(), order.GetProperty("amount").GetProperty("minorUnits").GetInt64(), order.GetProperty("amount").GetProperty("currency").GetString(), order.GetProperty("channel").GetString()));
        Assert.True(replayed.Json.GetProperty("replayed").GetBoolean());

        var paid = await RunAsync("orders", "pay", outTradeNo, "-m", Merchant, "--photo", $"{Faces}/obama_2.jpg", "--payer-code", "130061098828009406", "--json");

        Assert.Equal(0, paid.ExitCode);
        Assert.True(paid.Json.GetProperty("verified").GetBoolean(), paid.ToString());
        Assert.Equal("Paid", paid.Json.GetProperty("order").GetProperty("state").GetString());
        var channelNo = RunningClusterFixture.ChannelNo(outTradeNo);
        Assert.Equal(2590, fixture.Sandbox.Trades.Find(SandboxChannel.WechatPay, channelNo)!.PaidFen);
        Assert.Equal(1, fixture.Sandbox.Trades.PayCalls(SandboxChannel.WechatPay, channelNo));

        var refunded = await RunAsync("orders", "refund", outTradeNo, "-m", Merchant, "--out-refund-no", "r1", "--amount", "590", "--reason", "one bag returned", "--wait", "30", "--json");

        Assert.Equal(0, refunded.ExitCode);
        Assert.Equal(("Succeeded", 590L), (refunded.Json.GetProperty("refund").GetProperty("status").GetString(), refunded.Json.GetProperty("refund").GetProperty("amount").GetProperty("minorUnits").GetInt64()));
        Assert.Equal(590, fixture.Sandbox.Trades.Find(SandboxChannel.WechatPay, channelNo)!.RefundedFen);

        var reads = await Task.WhenAll(
            RunAsync("orders", "get", outTradeNo, "-m", Merchant, "--json"), RunAsync("orders", "get", outTradeNo, "-m", Merchant), RunAsync("orders", "history", outTradeNo, "-m", Merchant, "--json"));
        var (read, table, history) = (reads[0], reads[1], reads[2]);
        Assert.Equal(("PartiallyRefunded", 590L), (read.Json.GetProperty("state").GetString(), read.Json.GetProperty("refunded").GetProperty("minorUnits").GetInt64()));
        Assert.Contains("2590 CNY (25.90)", table.Out, StringComparison.Ordinal);
        Assert.Contains("PartiallyRefunded", table.Out, StringComparison.Ordinal);
        var entries = history.Json.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal("Created", entries[0].GetProperty("to").GetString());
        Assert.Equal("PartiallyRefunded", entries[^1].GetProperty("to").GetString());
        Assert.Equal(read.Json.GetProperty("version").GetInt64(), entries[^1].GetProperty("version").GetInt64());

        // The list comes from the read model the payment stream feeds, so it catches up a moment after the order.
        var listed = await EventuallyListedAsync(outTradeNo, "PartiallyRefunded");
        Assert.Equal(("WechatPay", 2590L), (listed.GetProperty("channel").GetString(), listed.GetProperty("amount").GetProperty("minorUnits").GetInt64()));
        var listTable = await RunAsync("orders", "list", "-m", Merchant);
        Assert.Equal(0, listTable.ExitCode);
        Assert.Contains("latest orders", listTable.Out, StringComparison.Ordinal);
        Assert.Contains(outTradeNo[..8], listTable.Out, StringComparison.Ordinal); // an 80-column table wraps longer ids
    }

    private async Task<JsonElement> EventuallyListedAsync(string outTradeNo, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var list = await RunAsync("orders", "list", "-m", Merchant, "--json");
            Assert.Equal(0, list.ExitCode);
            foreach (var order in list.Json.GetProperty("orders").EnumerateArray())
            {
                if (order.GetProperty("key").GetProperty("outTradeNo").GetString() == outTradeNo && order.GetProperty("state").GetString() == state)
                {
                    return order;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"{outTradeNo} not listed as {state}: {list.Out}");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task Unknown_orders_and_refused_commands_exit_1_with_the_reason_and_change_nothing()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("cliref");
        var unknown = RunningClusterFixture.NewOutTradeNo("nope");

        var missing = await Task.WhenAll(
            RunAsync("orders", "get", unknown, "-m", Merchant, "--json"),
            RunAsync("orders", "history", unknown, "-m", Merchant),
            RunAsync("orders", "refund", unknown, "-m", Merchant, "--out-refund-no", "r1", "--amount", "1"),
            RunAsync("orders", "close", unknown, "-m", Merchant));

        foreach (var run in missing)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"facepay: No order {unknown} for merchant {Merchant} (nothing changed).", Assert.Single(run.ErrorLines));
        }

        Assert.Equal(0, (await RunAsync("orders", "create", outTradeNo, "-m", Merchant, "--amount", "100", "--channel", "alipay", "--member", "nobody", "-d", "Tea")).ExitCode);
        var (conflict, unpaidRefund) = await BothAsync(
            RunAsync("orders", "create", outTradeNo, "-m", Merchant, "--amount", "200", "--channel", "alipay", "--member", "nobody", "-d", "Tea"),
            RunAsync("orders", "refund", outTradeNo, "-m", Merchant, "--out-refund-no", "r1", "--amount", "100"));

        Assert.Equal(1, conflict.ExitCode);
        Assert.Contains("Conflict", Assert.Single(conflict.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, unpaidRefund.ExitCode);
        Assert.Contains("NotPaid", unpaidRefund.Error, StringComparison.Ordinal);
        Assert.Contains("(order is Created)", Assert.Single(unpaidRefund.ErrorLines), StringComparison.Ordinal);
        var closed = await RunAsync("orders", "close", outTradeNo, "-m", Merchant, "--json");
        Assert.Equal(("Closed", 100L), (closed.Json.GetProperty("order").GetProperty("state").GetString(), closed.Json.GetProperty("order").GetProperty("amount").GetProperty("minorUnits").GetInt64()));
        Assert.Null(fixture.Sandbox.Trades.Find(SandboxChannel.Alipay, RunningClusterFixture.ChannelNo(outTradeNo)));
    }

    [Fact]
    public async Task Load_of_ten_face_pays_reports_the_counts_the_sandbox_charged()
    {
        var prefix = "cl" + Guid.NewGuid().ToString("N")[..8];

        var run = await RunAsync(
            "load", "face-pay", "-m", Merchant, "--count", "10", "--rate", "20", "--concurrency", "4", "--time-limit", "120", "--amount", "123",
            "--member", NewMemberId(), "--enroll", $"{Faces}/obama_1.jpg", "--photo", $"{Faces}/obama_2.jpg", "--prefix", prefix, "--json");

        output.WriteLine(run.Out);
        Assert.Equal(0, run.ExitCode);
        var summary = run.Json;
        Assert.Equal((10, 10, 10, 0, 0, 0), (
            summary.GetProperty("requested").GetInt32(), summary.GetProperty("started").GetInt32(), summary.GetProperty("succeeded").GetInt32(),
            summary.GetProperty("failed").GetInt32(), summary.GetProperty("unfinished").GetInt32(), summary.GetProperty("notStarted").GetInt32()));
        Assert.Equal("Completed", summary.GetProperty("stoppedBy").GetString());
        var charged = fixture.Sandbox.Trades.All().Where(t => t.Channel == SandboxChannel.Alipay && t.OutTradeNo.StartsWith(prefix + "_", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, charged.Count(t => t.PaidFen == 123));
        Assert.All(charged, t => Assert.Equal(1, t.PayCalls));
        Assert.Equal(charged.Sum(t => t.PaidFen), summary.GetProperty("charged").GetProperty("minorUnits").GetInt64());
        var latency = summary.GetProperty("latencyMs");
        Assert.Equal(10, latency.GetProperty("count").GetInt32());
        var (p50, p90, p99, max) = (latency.GetProperty("p50").GetDouble(), latency.GetProperty("p90").GetDouble(), latency.GetProperty("p99").GetDouble(), latency.GetProperty("max").GetDouble());
        Assert.True(p50 > 0 && p50 <= p90 && p90 <= p99 && p99 <= max, latency.ToString());
    }

    [Fact]
    public async Task Load_of_orders_creates_each_order_once_and_charges_nothing()
    {
        var prefix = "co" + Guid.NewGuid().ToString("N")[..8];

        var run = await RunAsync("load", "orders", "-m", Merchant, "--count", "10", "--rate", "50", "--prefix", prefix, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((10, 0), (run.Json.GetProperty("succeeded").GetInt32(), run.Json.GetProperty("failed").GetInt32()));
        Assert.False(run.Json.TryGetProperty("charged", out _));
        var last = await RunAsync("orders", "get", $"{prefix}_00010", "-m", Merchant, "--json");
        Assert.Equal(("Created", 100L), (last.Json.GetProperty("state").GetString(), last.Json.GetProperty("amount").GetProperty("minorUnits").GetInt64()));
        Assert.DoesNotContain(fixture.Sandbox.Trades.All(), t => t.OutTradeNo.StartsWith(prefix, StringComparison.Ordinal));

        // The same numbers again create nothing: every operation is a replay, reported as a failure by reason.
        var (again, forPeople) = await BothAsync(
            RunAsync("load", "orders", "-m", Merchant, "--count", "3", "--rate", "50", "--prefix", prefix, "--json"),
            RunAsync("load", "orders", "-m", Merchant, "--count", "2", "--rate", "50", "--prefix", prefix));
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(3, again.Json.GetProperty("failures").GetProperty("create:Replayed").GetInt32());
        Assert.Contains("3 of 3 operations did not succeed", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, forPeople.ExitCode);
        foreach (var text in new[] { "requested", "failed", "latency (ms)", "p99", "create:Replayed" })
        {
            Assert.Contains(text, forPeople.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cluster_status_lists_both_silos_active_with_their_activations()
    {
        var (run, table) = await BothAsync(RunAsync("cluster", "status", "--json"), RunAsync("cluster", "status"));

        Assert.Equal(0, run.ExitCode);
        var status = run.Json;
        Assert.Equal(fixture.ClusterId, status.GetProperty("clusterId").GetString());
        var silos = status.GetProperty("silos").EnumerateArray().ToList();
        Assert.Equal(2, silos.Count);
        Assert.All(silos, s =>
        {
            Assert.Equal("Active", s.GetProperty("status").GetString());
            Assert.True(s.GetProperty("gatewayPort").GetInt32() > 0);
            Assert.True(s.GetProperty("uptimeSeconds").GetInt64() >= 0);
            Assert.True(s.GetProperty("activations").GetInt64() > 0);
        });
        Assert.NotEmpty(status.GetProperty("grains").EnumerateArray());

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Active", table.Out, StringComparison.Ordinal);
    }

    private static async Task<(FacePayCommand.CliResult First, FacePayCommand.CliResult Second)> BothAsync(Task<FacePayCommand.CliResult> first, Task<FacePayCommand.CliResult> second)
    {
        await Task.WhenAll(first, second);
        return (await first, await second);
    }

    private static string NewMemberId() => "cli_" + Guid.NewGuid().ToString("N")[..10];

    private async Task<FacePayCommand.CliResult> RunAsync(params string[] args)
    {
        var result = await FacePayCommand.RunAsync(fixture, args);
        output.WriteLine($"$ facepay {string.Join(' ', args)}\n{result}");
        return result;
    }
}
