using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Faults;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class NotificationTests(CredentialsFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Alipay_payment_notification_is_signed_by_Alipay_and_sent_once_when_acknowledged()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, "success"));
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 2500), listener.Url.ToString());
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        var received = Assert.Single(listener.Received);
        var verified = AlipayVerifier(sandbox).Verify(received.Text);
        Assert.True(verified.IsValid, verified.Detail);
        Assert.Equal(no, verified.Value.OutTradeNo);
        Assert.Equal("TRADE_SUCCESS", verified.Value.TradeStatus);
        Assert.Equal(2500, verified.Value.TotalAmountFen);
        Assert.Equal(sandbox.Credentials.AlipayAppId, verified.Value.AppId);
        Assert.Equal(sandbox.Credentials.AlipaySellerId, verified.Value.SellerId);
        Assert.Single(sandbox.Notifications.All());
    }

    [Fact]
    public async Task WeChat_payment_notification_verifies_and_decrypts_to_the_transaction()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (204, string.Empty));
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();

        await client.PayAsync(no, 777, listener.Url.ToString());
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        var received = Assert.Single(listener.Received);
        var transaction = DecryptWechat(sandbox, client, received, out var eventType);
        Assert.Equal("TRANSACTION.SUCCESS", eventType);
        Assert.Equal(no, transaction["out_trade_no"]!.GetValue<string>());
        Assert.Equal("SUCCESS", transaction["trade_state"]!.GetValue<string>());
        Assert.Equal(777, transaction["amount"]!["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task WeChat_refund_notification_goes_to_the_refund_notify_url()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, string.Empty));
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        await client.PayAsync(no, 1000);

        await client.SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", new JsonObject
        {
            ["out_trade_no"] = no,
            ["out_refund_no"] = "RF" + no,
            ["notify_url"] = listener.Url.ToString(),
            ["amount"] = new JsonObject { ["refund"] = 250, ["total"] = 1000, ["currency"] = "CNY" },
        });
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        var refund = DecryptWechat(sandbox, client, Assert.Single(listener.Received), out var eventType);
        Assert.Equal("REFUND.SUCCESS", eventType);
        Assert.Equal("RF" + no, refund["out_refund_no"]!.GetValue<string>());
        Assert.Equal(250, refund["amount"]!["refund"]!.GetValue<long>());
    }

    [Fact]
    public async Task Unacknowledged_notification_is_resent_on_the_schedule_until_acknowledged()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, index) => index < 2 ? (200, "fail") : (200, "success"));
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100), listener.Url.ToString());
        var attempts = await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        Assert.Equal([0, 1, 2], attempts.Select(a => a.Attempt));
        Assert.Equal([false, false, true], attempts.Select(a => a.Acknowledged));
        Assert.Single(attempts.Select(a => a.NotificationId).Distinct());
    }

    [Fact]
    public async Task Duplicate_fault_delivers_the_same_notification_K_times()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, string.Empty));
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.DuplicateNotification, OutTradeNo = no, Copies = 3 });

        await client.PayAsync(no, 100, listener.Url.ToString());
        await sandbox.Notifications.WaitForAsync(a => a.Count(x => x.OutTradeNo == no && x.Acknowledged) == 3, Wait);

        Assert.Equal(3, listener.Received.Count);
        var ids = listener.Received.Select(r => JsonNode.Parse(r.Body)!["id"]!.GetValue<string>()).Distinct();
        Assert.Single(ids);
    }

    [Fact]
    public async Task Out_of_order_fault_delivers_the_later_refund_event_before_the_payment_event()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, "success"));
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.OutOfOrderNotification, OutTradeNo = no, Times = 1, DelayMs = 15_000 });

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 1000), listener.Url.ToString());
        await client.CallAsync("alipay.trade.refund", new JsonObject { ["out_trade_no"] = no, ["refund_amount"] = "1.00", ["out_request_no"] = "R1" }.ToJsonString());
        await sandbox.Notifications.WaitForAsync(a => a.Count(x => x.OutTradeNo == no && x.Acknowledged) == 2, Wait);

        var verifier = AlipayVerifier(sandbox);
        var order = listener.Received.Select(r => verifier.Verify(r.Text).GetValueOrThrow()).ToList();
        Assert.Equal("R1", order[0].OutBizNo);
        Assert.Equal(100, order[0].RefundFeeFen);
        Assert.Null(order[1].OutBizNo);
        Assert.Equal("TRADE_SUCCESS", order[1].TradeStatus);
    }

    [Fact]
    public async Task Wrong_amount_fault_sends_a_signed_wrong_amount_first_and_the_true_amount_on_retry()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        var seen = new List<long>();
        await using var listener = await NotifyListener.StartAsync((r, attempt) =>
        {
            var total = DecryptWechat(sandbox, client, r, out _)["amount"]!["total"]!.GetValue<long>();
            lock (seen)
            {
                seen.Add(total);
            }

            return total == 500 ? (204, string.Empty) : (400, "{\"code\":\"FAIL\",\"message\":\"amount mismatch\"}");
        });
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.WrongAmountNotification, OutTradeNo = no, AmountDeltaFen = 1 });

        await client.PayAsync(no, 500, listener.Url.ToString());
        var attempts = await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        Assert.Equal([501L, 500L], seen);
        Assert.True(attempts[0].Tampered);
        Assert.Equal(400, attempts[0].StatusCode);
    }

    [Fact]
    public async Task Bad_signature_fault_sends_a_forged_notification_first_and_a_genuine_one_on_retry()
    {
        await using var sandbox = await fixture.StartAsync();
        var verifier = AlipayVerifier(sandbox);
        var verdicts = new List<bool>();
        await using var listener = await NotifyListener.StartAsync((r, attempt) =>
        {
            var valid = verifier.Verify(r.Text).IsValid;
            lock (verdicts)
            {
                verdicts.Add(valid);
            }

            return (200, valid ? "success" : "failure");
        });
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.BadSignatureNotification, OutTradeNo = no });

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100), listener.Url.ToString());
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), Wait);

        Assert.Equal([false, true], verdicts);
    }

    private static AlipayNotificationVerifier AlipayVerifier(SandboxHost sandbox) =>
        new(AlipaySignatureVerifier.FromPem(sandbox.Credentials.AlipayPublicKeyPem));

    private static JsonObject DecryptWechat(SandboxHost sandbox, WechatPayTestClient client, ReceivedNotification received, out string eventType)
    {
        var headers = WechatPaySignatureHeaders.From(received.Header);
        var validated = client.Validator.Validate(headers, received.Body);
        Assert.True(validated.IsValid, validated.Detail);
        var decrypted = new WechatPayNotificationDecryptor(sandbox.Credentials.ApiV3Key).DecryptNotification(received.Body);
        Assert.True(decrypted.IsValid, decrypted.Detail);
        eventType = decrypted.Value.EventType;
        return (JsonObject)JsonNode.Parse(decrypted.Value.Plaintext)!;
    }
}
