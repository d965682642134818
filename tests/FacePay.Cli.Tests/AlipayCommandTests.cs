using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FacePay.Cli.Tests;

/// <summary><c>facepay channel alipay …</c> against a real in-process sandbox (real keys, real signatures).</summary>
public sealed class AlipayCommandTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly TimeSpan NotificationWait = TimeSpan.FromSeconds(20);

    private string Config => Path.Combine(fixture.CredentialsDirectory, "channels.appsettings.json");

    [Fact]
    public async Task Pay_prints_the_verified_answer_of_the_gateway()
    {
        var no = TradeNumbers.New();

        var run = await CliRun.InvokeAsync("channel", "alipay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "1234", "--payer-code", "fp0123456789", "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var json = run.Json;
        Assert.Equal("alipay.trade.pay", json["operation"]!.GetValue<string>());
        Assert.True(json["verified"]!.GetValue<bool>());
        Assert.Equal("Success", json["result"]!["outcome"]!.GetValue<string>());
        Assert.Equal("Paid", json["result"]!["status"]!.GetValue<string>());
        Assert.Equal(1234, json["result"]!["amount"]!.GetValue<long>());

        // The answer exactly as Alipay signed it: yuan text, Alipay's trade number.
        Assert.Equal("10000", json["response"]!["code"]!.GetValue<string>());
        Assert.Equal("12.34", json["response"]!["total_amount"]!.GetValue<string>());
        Assert.Equal(no, json["response"]!["out_trade_no"]!.GetValue<string>());
        Assert.Equal(json["result"]!["channelTradeNo"]!.GetValue<string>(), json["response"]!["trade_no"]!.GetValue<string>());
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Query_and_refund_round_trip_print_verified_answers()
    {
        var no = TradeNumbers.New();
        Assert.Equal(ExitCodes.Success, (await CliRun.InvokeAsync("channel", "alipay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "2000", "--payer-code", "fp42")).ExitCode);

        var query = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", Config, "--out-trade-no", no, "--json");
        Assert.True(query.ExitCode == ExitCodes.Success, query.ToString());
        Assert.Equal("TRADE_SUCCESS", query.Json["response"]!["trade_status"]!.GetValue<string>());
        Assert.Equal("Paid", query.Json["result"]!["status"]!.GetValue<string>());

        var refund = await CliRun.InvokeAsync("channel", "alipay", "refund", "--config", Config, "--out-trade-no", no, "--out-refund-no", "R" + no, "--amount", "500", "--reason", "damaged", "--json");
        Assert.True(refund.ExitCode == ExitCodes.Success, refund.ToString());
        Assert.Equal("Y", refund.Json["response"]!["fund_change"]!.GetValue<string>());
        Assert.Equal(500, refund.Json["result"]!["refundAmount"]!.GetValue<long>());

        var refundQuery = await CliRun.InvokeAsync("channel", "alipay", "refund-query", "--config", Config, "--out-trade-no", no, "--out-refund-no", "R" + no, "--json");
        Assert.True(refundQuery.ExitCode == ExitCodes.Success, refundQuery.ToString());
        Assert.Equal("Success", refundQuery.Json["result"]!["status"]!.GetValue<string>());
        Assert.Equal("5.00", refundQuery.Json["response"]!["refund_amount"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_json_the_answer_is_a_table_for_people()
    {
        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", fixture.CredentialsDirectory, "--out-trade-no", TradeNumbers.New());

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("result.status", run.Console, StringComparison.Ordinal);
        Assert.Contains("NotFound", run.Console, StringComparison.Ordinal);
        Assert.Contains("ACQ.TRADE_NOT_EXIST", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_files_and_ids_given_as_options_work_without_a_config_file()
    {
        var keys = Path.Combine(fixture.CredentialsDirectory, "alipay");

        var run = await CliRun.InvokeAsync(
            "channel", "alipay", "query",
            "--gateway-url", fixture.Sandbox.AlipayGatewayUrl.ToString(),
            "--app-id", fixture.Sandbox.Credentials.AlipayAppId,
            "--app-private-key-file", Path.Combine(keys, "app_private_key.pem"),
            "--alipay-public-key-file", Path.Combine(keys, "alipay_public_key.pem"),
            "--out-trade-no", TradeNumbers.New(),
            "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.True(run.Json["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_silo_shaped_settings_file_works_too()
    {
        // The silo binds FacePay:Channels:Alipay; the sandbox writes Channels:Alipay. The same keys under either root work.
        var sandboxFile = JsonNode.Parse(await File.ReadAllTextAsync(Config))!;
        var siloFile = new JsonObject { ["FacePay"] = new JsonObject { ["Channels"] = sandboxFile["Channels"]!.DeepClone() } };
        var path = fixture.WriteFile("silo.appsettings.json", siloFile.ToJsonString());

        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", path, "--out-trade-no", TradeNumbers.New(), "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.True(run.Json["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Refused_payment_prints_the_verified_refusal_and_exits_1_with_the_reason()
    {
        var run = await CliRun.InvokeAsync("channel", "alipay", "pay", "--config", Config, "--out-trade-no", TradeNumbers.New(), "--amount", "100", "--payer-code", "invalid-code", "--json");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.True(run.Json["verified"]!.GetValue<bool>());
        Assert.Equal("DefiniteFailure", run.Json["result"]!["outcome"]!.GetValue<string>());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("facepay: alipay alipay.trade.pay: DefiniteFailure", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_Alipay_public_key_exits_1_with_a_one_line_reason_and_prints_nothing()
    {
        using var stranger = RSA.Create(2048);
        var wrongKey = fixture.WriteFile("wrong_alipay_public_key.pem", stranger.ExportSubjectPublicKeyInfoPem());

        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", Config, "--alipay-public-key-file", wrongKey, "--out-trade-no", TradeNumbers.New(), "--json");

        var line = run.AssertRefusedAnswer("SignatureMismatch");
        Assert.Contains("did not verify", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_answer_exits_1_with_a_one_line_reason_and_prints_nothing()
    {
        var no = TradeNumbers.New();
        Assert.Equal(ExitCodes.Success, (await CliRun.InvokeAsync("channel", "alipay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "1234", "--payer-code", "fp7")).ExitCode);
        await using var proxy = await TamperingProxy.StartAsync(fixture.Sandbox.BaseUrl, body =>
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"12.34\"", "\"0.01\"", StringComparison.Ordinal)));

        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", Config, "--gateway-url", new Uri(proxy.BaseUrl, "alipay/gateway.do").ToString(), "--out-trade-no", no, "--json");

        run.AssertRefusedAnswer("SignatureMismatch");
    }

    [Fact]
    public async Task Unreachable_gateway_exits_1_with_a_one_line_reason()
    {
        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--config", Config, "--gateway-url", $"http://127.0.0.1:{FreeTcpPort.Find()}/alipay/gateway.do", "--out-trade-no", TradeNumbers.New());

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("FACEPAY.NOT_SENT", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_settings_name_the_options_that_supply_them()
    {
        var run = await CliRun.InvokeAsync("channel", "alipay", "query", "--app-id", "2021000000000001", "--out-trade-no", "T1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("GatewayUrl (--gateway-url)", line, StringComparison.Ordinal);
        Assert.Contains("AppPrivateKeyPem (--app-private-key-file)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("AppId", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_notify_prints_a_genuine_sandbox_notification()
    {
        var (form, no) = await PaidNotificationAsync(2500);

        var run = await CliRun.InvokeAsync("channel", "alipay", "verify-notify", "--config", Config, "--form-file", fixture.WriteFile($"{no}.form", form + "\n"), "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var notification = run.Json["notification"]!;
        Assert.Equal(no, notification["outTradeNo"]!.GetValue<string>());
        Assert.Equal("TRADE_SUCCESS", notification["tradeStatus"]!.GetValue<string>());
        Assert.Equal(2500, notification["totalAmountFen"]!.GetValue<long>());
        Assert.Equal(fixture.Sandbox.Credentials.AlipaySellerId, notification["sellerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_notify_rejects_a_tampered_notification_with_the_reason()
    {
        var (form, no) = await PaidNotificationAsync(2500);
        var tampered = form.Replace("total_amount=25.00", "total_amount=0.01", StringComparison.Ordinal);
        Assert.NotEqual(form, tampered);

        var run = await CliRun.InvokeAsync("channel", "alipay", "verify-notify", "--config", Config, "--form-file", fixture.WriteFile($"{no}-tampered.form", tampered));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("facepay: alipay notification rejected: SignatureMismatch: Notification signature check failed.", Assert.Single(run.ErrorLines));
    }

    private async Task<(string Form, string OutTradeNo)> PaidNotificationAsync(long fen)
    {
        var no = TradeNumbers.New();
        var pay = await CliRun.InvokeAsync("channel", "alipay", "pay", "--config", Config, "--out-trade-no", no, "--amount", fen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--payer-code", "fp99");
        Assert.True(pay.ExitCode == ExitCodes.Success, pay.ToString());
        await fixture.Sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), NotificationWait);
        var received = fixture.Notifications.Received.First(r => r.Header("Wechatpay-Serial") is null && r.Text.Contains($"out_trade_no={no}", StringComparison.Ordinal));
        return (received.Text, no);
    }
}
