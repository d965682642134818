using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Faults;

namespace FacePay.Cli.Tests;

/// <summary><c>facepay channel wechatpay …</c> against a real in-process sandbox (real keys, real signatures, real AES-GCM).</summary>
public sealed class WechatPayCommandTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly TimeSpan NotificationWait = TimeSpan.FromSeconds(20);

    private string Config => Path.Combine(fixture.CredentialsDirectory, "channels.appsettings.json");

    [Fact]
    public async Task Pay_then_query_print_the_verified_answers()
    {
        var no = TradeNumbers.New();

        var pay = await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "777", "--payer-code", "134567890123456789", "--json");

        Assert.True(pay.ExitCode == ExitCodes.Success, pay.ToString());
        Assert.Equal("POST /v3/pay/transactions/codepay", pay.Json["operation"]!.GetValue<string>());
        Assert.Equal(200, pay.Json["httpStatus"]!.GetValue<int>());
        Assert.True(pay.Json["verified"]!.GetValue<bool>());
        Assert.Equal("Paid", pay.Json["result"]!["status"]!.GetValue<string>());
        Assert.Equal("SUCCESS", pay.Json["response"]!["trade_state"]!.GetValue<string>());
        Assert.Equal(777, pay.Json["response"]!["amount"]!["total"]!.GetValue<long>());

        var query = await CliRun.InvokeAsync("channel", "wechatpay", "query", "--config", Config, "--out-trade-no", no, "--json");

        Assert.True(query.ExitCode == ExitCodes.Success, query.ToString());
        Assert.Equal(no, query.Json["response"]!["out_trade_no"]!.GetValue<string>());
        Assert.Equal(pay.Json["result"]!["channelTradeNo"]!.GetValue<string>(), query.Json["response"]!["transaction_id"]!.GetValue<string>());
        Assert.Equal(777, query.Json["result"]!["amount"]!.GetValue<long>());
    }

    [Fact]
    public async Task Refund_and_refund_query_print_the_verified_answers()
    {
        var no = TradeNumbers.New();
        Assert.Equal(ExitCodes.Success, (await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "1000", "--payer-code", "face_code_1")).ExitCode);

        var refund = await CliRun.InvokeAsync("channel", "wechatpay", "refund", "--config", Config, "--out-trade-no", no, "--out-refund-no", "R" + no, "--amount", "250", "--total", "1000", "--json");
        Assert.True(refund.ExitCode == ExitCodes.Success, refund.ToString());
        Assert.Equal(250, refund.Json["response"]!["amount"]!["refund"]!.GetValue<long>());

        var refundQuery = await CliRun.InvokeAsync("channel", "wechatpay", "refund-query", "--config", Config, "--out-refund-no", "R" + no, "--json");
        Assert.True(refundQuery.ExitCode == ExitCodes.Success, refundQuery.ToString());
        Assert.Equal("R" + no, refundQuery.Json["response"]!["out_refund_no"]!.GetValue<string>());
        Assert.Equal(no, refundQuery.Json["result"]!["outTradeNo"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pay_still_waiting_for_the_payer_exits_1_as_unknown_and_close_then_ends_it()
    {
        var no = TradeNumbers.New();
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.UserPaying, OutTradeNo = no, Queries = 10 });

        var pay = await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "100", "--payer-code", "face_code_3", "--json");

        Assert.Equal(ExitCodes.Failure, pay.ExitCode);
        Assert.Equal("Unknown", pay.Json["result"]!["outcome"]!.GetValue<string>());
        Assert.Contains("USERPAYING", Assert.Single(pay.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("never by paying again", pay.Error, StringComparison.Ordinal);

        var close = await CliRun.InvokeAsync("channel", "wechatpay", "close", "--config", fixture.CredentialsDirectory, "--out-trade-no", no, "--json");

        Assert.True(close.ExitCode == ExitCodes.Success, close.ToString());
        Assert.Equal(204, close.Json["httpStatus"]!.GetValue<int>());
        Assert.True(close.Json["verified"]!.GetValue<bool>());
        Assert.Equal("Closed", close.Json["result"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bill_with_output_saves_the_days_bill_once_its_hash_checked_out()
    {
        var no = TradeNumbers.New();
        Assert.Equal(ExitCodes.Success, (await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "321", "--payer-code", "face_code_9")).ExitCode);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Path.Combine(Path.GetTempPath(), $"facepay-bill-{Guid.NewGuid():N}.csv.gz");
        try
        {
            var bill = await CliRun.InvokeAsync("channel", "wechatpay", "bill", "--config", Config, "--date", today, "--output", file, "--json");

            Assert.True(bill.ExitCode == ExitCodes.Success, bill.ToString());
            Assert.True(File.Exists(file));
            Assert.False(File.Exists(file + ".partial"));
            Assert.Equal(new FileInfo(file).Length, bill.Json["bytes"]!.GetValue<long>());
            await using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            Assert.Contains(no, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Wrong_platform_key_exits_1_with_a_one_line_reason_and_prints_nothing()
    {
        using var stranger = RSA.Create(2048);
        var wrongKey = fixture.WriteFile("wrong_wechatpay_public_key.pem", stranger.ExportSubjectPublicKeyInfoPem());

        var run = await CliRun.InvokeAsync("channel", "wechatpay", "query", "--config", Config, "--public-key-file", wrongKey, "--out-trade-no", TradeNumbers.New(), "--json");

        var line = run.AssertRefusedAnswer("SignatureMismatch");
        Assert.Contains("did not verify", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_answer_exits_1_with_a_one_line_reason_and_prints_nothing()
    {
        var no = TradeNumbers.New();
        Assert.Equal(ExitCodes.Success, (await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", "4321", "--payer-code", "face_code_2")).ExitCode);
        await using var proxy = await TamperingProxy.StartAsync(fixture.Sandbox.BaseUrl, body =>
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("4321", "1", StringComparison.Ordinal)));

        var run = await CliRun.InvokeAsync("channel", "wechatpay", "query", "--config", Config, "--base-url", proxy.BaseUrl.ToString(), "--out-trade-no", no, "--json");

        run.AssertRefusedAnswer("SignatureMismatch");
    }

    [Fact]
    public async Task Verify_notify_prints_a_genuine_notification_decrypted()
    {
        var (headers, body, no) = await PaidNotificationAsync(888);

        var run = await CliRun.InvokeAsync("channel", "wechatpay", "verify-notify", "--config", Config, "--headers-file", headers, "--body-file", body, "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("TRANSACTION.SUCCESS", run.Json["notification"]!["eventType"]!.GetValue<string>());
        Assert.Equal(no, run.Json["resource"]!["out_trade_no"]!.GetValue<string>());
        Assert.Equal("SUCCESS", run.Json["resource"]!["trade_state"]!.GetValue<string>());
        Assert.Equal(888, run.Json["resource"]!["amount"]!["total"]!.GetValue<long>());
        Assert.Null(run.Json["notification"]!["plaintext"]);
    }

    [Fact]
    public async Task Verify_notify_rejects_a_tampered_body_with_the_reason()
    {
        var (headers, body, no) = await PaidNotificationAsync(888);
        var envelope = JsonNode.Parse(await File.ReadAllTextAsync(body))!;
        envelope["summary"] = "tampered";
        var tampered = fixture.WriteFile($"{no}-tampered.json", envelope.ToJsonString());

        var run = await CliRun.InvokeAsync("channel", "wechatpay", "verify-notify", "--config", Config, "--headers-file", headers, "--body-file", tampered);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("facepay: wechatpay notification rejected: SignatureMismatch", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_notification_is_stale_after_five_minutes_unless_checked_at_its_own_time()
    {
        var (headers, body, _) = await PaidNotificationAsync(999);
        var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Header(headers, "Wechatpay-Timestamp"), CultureInfo.InvariantCulture));

        var later = await CliRun.InvokeAsync("channel", "wechatpay", "verify-notify", "--config", Config, "--headers-file", headers, "--body-file", body, "--at", sent.AddMinutes(10).ToString("O", CultureInfo.InvariantCulture));
        var atItsTime = await CliRun.InvokeAsync("channel", "wechatpay", "verify-notify", "--config", Config, "--headers-file", headers, "--body-file", body, "--at", sent.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), "--json");

        Assert.Equal(ExitCodes.Failure, later.ExitCode);
        Assert.Contains("StaleTimestamp", Assert.Single(later.ErrorLines), StringComparison.Ordinal);
        Assert.True(atItsTime.ExitCode == ExitCodes.Success, atItsTime.ToString());
    }

    private static string Header(string headersFile, string name) =>
        File.ReadAllLines(headersFile).First(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))[(name.Length + 1)..].Trim();

    /// <summary>Pays through the CLI and saves the sandbox's TRANSACTION.SUCCESS notification as a headers file and a body file.</summary>
    private async Task<(string HeadersFile, string BodyFile, string OutTradeNo)> PaidNotificationAsync(long fen)
    {
        var no = TradeNumbers.New();
        var pay = await CliRun.InvokeAsync("channel", "wechatpay", "pay", "--config", Config, "--out-trade-no", no, "--amount", fen.ToString(CultureInfo.InvariantCulture), "--payer-code", "face_" + no);
        Assert.True(pay.ExitCode == ExitCodes.Success, pay.ToString());
        await fixture.Sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), NotificationWait);

        // The resource is encrypted: find ours by decrypting each WeChat notification with the APIv3 key.
        var decryptor = new WechatPayNotificationDecryptor(fixture.Sandbox.Credentials.ApiV3Key);
        var received = fixture.Notifications.Received.First(r =>
            r.Header("Wechatpay-Serial") is not null && decryptor.DecryptNotification(r.Body) is { IsValid: true } d && d.Value.Plaintext.Contains(no, StringComparison.Ordinal));
        var headerLines = new StringBuilder("POST /notify HTTP/1.1\n");
        foreach (var (name, value) in received.Headers)
        {
            headerLines.Append(CultureInfo.InvariantCulture, $"{name}: {value}\n");
        }

        return (fixture.WriteFile($"{no}.headers", headerLines.ToString()), fixture.WriteFile($"{no}.json", received.Body), no);
    }
}
