using System.Net.Http.Json;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class FaultTests(CredentialsFixture fixture)
{
    [Fact]
    public async Task Alipay_system_error_without_effect_leaves_no_trade()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.SystemError, Channel = SandboxChannel.Alipay, Operation = SandboxOperation.Pay, OutTradeNo = no, Times = 1 });

        var pay = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100));
        var query = await client.CallAsync("alipay.trade.query", AlipayTestClient.Trade(no));

        Assert.NotNull(pay.Verified);
        Assert.Equal("20000", pay.Code);
        Assert.Equal("ACQ.SYSTEM_ERROR", pay.SubCode);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", query.SubCode);
    }

    [Fact]
    public async Task Alipay_system_error_after_the_effect_is_the_unknown_case_resolved_by_query()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.SystemError, Operation = SandboxOperation.Pay, OutTradeNo = no, ApplyOperation = true, Times = 1 });

        var pay = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100));
        var query = await client.CallAsync("alipay.trade.query", AlipayTestClient.Trade(no));
        var retry = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100));

        Assert.Equal("20000", pay.Code);
        Assert.Equal("TRADE_SUCCESS", query.Field("trade_status"));
        Assert.Equal("ACQ.TRADE_HAS_SUCCESS", retry.SubCode);
        Assert.Equal(100, sandbox.Trades.Totals(SandboxChannel.Alipay).PaidFen);
    }

    [Fact]
    public async Task WeChat_system_error_answers_500_SYSTEM_ERROR_signed()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.SystemError, Channel = SandboxChannel.WechatPay, OutTradeNo = no, ApplyOperation = true, Times = 1 });

        var pay = await client.PayAsync(no, 100);
        var query = await client.QueryAsync(no);

        Assert.Equal(500, pay.Status);
        Assert.True(pay.SignatureValid);
        Assert.Equal("SYSTEM_ERROR", pay.Field("code"));
        Assert.Equal("SUCCESS", query.Field("trade_state"));
    }

    [Theory]
    [InlineData(SandboxChannel.Alipay)]
    [InlineData(SandboxChannel.WechatPay)]
    public async Task User_paying_turns_into_success_after_the_given_number_of_queries(SandboxChannel channel)
    {
        await using var sandbox = await fixture.StartAsync();
        using var alipay = new AlipayTestClient(sandbox);
        using var wechat = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.UserPaying, OutTradeNo = no, Queries = 3 });

        var states = new List<string>();
        if (channel == SandboxChannel.Alipay)
        {
            var pay = await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100));
            Assert.Equal("10003", pay.Code);
            for (var i = 0; i < 3; i++)
            {
                states.Add((await alipay.CallAsync("alipay.trade.query", AlipayTestClient.Trade(no))).Field("trade_status")!);
            }

            Assert.Equal(["WAIT_BUYER_PAY", "WAIT_BUYER_PAY", "TRADE_SUCCESS"], states);
        }
        else
        {
            var pay = await wechat.PayAsync(no, 100);
            Assert.Equal(202, pay.Status);
            Assert.Equal("USERPAYING", pay.Field("code"));
            for (var i = 0; i < 3; i++)
            {
                states.Add((await wechat.QueryAsync(no)).Field("trade_state")!);
            }

            Assert.Equal(["USERPAYING", "USERPAYING", "SUCCESS"], states);
        }

        Assert.Equal(100, sandbox.Trades.Find(channel, no)!.PaidFen);
    }

    [Fact]
    public async Task WeChat_refund_processing_settles_on_the_given_refund_query_and_then_notifies()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, string.Empty));
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        await client.PayAsync(no, 1000);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.RefundProcessing, OutTradeNo = no, Queries = 2 });

        var refund = await client.SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", new System.Text.Json.Nodes.JsonObject
        {
            ["out_trade_no"] = no,
            ["out_refund_no"] = "RF" + no,
            ["notify_url"] = listener.Url.ToString(),
            ["amount"] = new System.Text.Json.Nodes.JsonObject { ["refund"] = 600, ["total"] = 1000, ["currency"] = "CNY" },
        });
        var refundedWhileProcessing = sandbox.Trades.Find(SandboxChannel.WechatPay, no)!.RefundedFen;
        var first = await client.SendAsync(HttpMethod.Get, "/v3/refund/domestic/refunds/RF" + no, null);
        var second = await client.SendAsync(HttpMethod.Get, "/v3/refund/domestic/refunds/RF" + no, null);
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), TimeSpan.FromSeconds(20));

        Assert.Equal("PROCESSING", refund.Field("status"));
        Assert.Null(refund.Field("success_time"));
        Assert.Equal(0, refundedWhileProcessing);
        Assert.Equal("PROCESSING", first.Field("status"));
        Assert.Equal("SUCCESS", second.Field("status"));
        Assert.Equal(600, sandbox.Trades.Find(SandboxChannel.WechatPay, no)!.RefundedFen);
        Assert.Single(listener.Received);
    }

    [Fact]
    public async Task Http_error_answers_the_status_without_a_gateway_body()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.HttpError, StatusCode = 502, Operation = SandboxOperation.Query });

        var answer = await client.QueryAsync(Ids.New());

        Assert.Equal(502, answer.Status);
        Assert.False(answer.SignatureValid);
    }

    [Fact]
    public async Task Dropped_connection_fails_the_call_and_applied_operation_still_happened()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, OutTradeNo = no, Operation = SandboxOperation.Pay, ApplyOperation = true, Times = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100)));

        Assert.Equal(SandboxTradeStatus.Success, sandbox.Trades.Find(SandboxChannel.Alipay, no)!.Status);
    }

    [Fact]
    public async Task Timeout_holds_the_request_past_the_client_timeout()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox, timeout: TimeSpan.FromMilliseconds(300));
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Timeout, DelayMs = 10_000, OutTradeNo = no, Times = 1 });

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => client.PayAsync(no, 100));

        Assert.Null(sandbox.Trades.Find(SandboxChannel.WechatPay, no));
    }

    [Fact]
    public async Task Latency_rule_fires_and_the_answer_is_still_correct()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var id = sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, DelayMs = 50, Channel = SandboxChannel.Alipay });

        var pay = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(Ids.New(), 100));

        Assert.Equal("10000", pay.Code);
        Assert.Equal(1, sandbox.Faults.List().Single(f => f.Id == id).Fired);
    }

    [Fact]
    public async Task Times_limits_a_rule_and_probability_zero_never_fires()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.SystemError, Operation = SandboxOperation.Query, Times = 1 });
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.HttpError, Operation = SandboxOperation.Query, Probability = 0 });

        var first = await client.QueryAsync(Ids.New());
        var second = await client.QueryAsync(Ids.New());

        Assert.Equal(500, first.Status);
        Assert.Equal(404, second.Status);
    }

    [Fact]
    public async Task Faults_are_set_and_reset_over_HTTP()
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        using var client = new WechatPayTestClient(sandbox);

        var created = await http.PostAsJsonAsync("sandbox/faults", new { kind = "HttpError", statusCode = 503, channel = "WechatPay" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(503, (await client.QueryAsync(Ids.New())).Status);

        var invalid = await http.PostAsJsonAsync("sandbox/faults", new { kind = "HttpError", statusCode = 200 });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);

        var deleted = await http.DeleteAsync(new Uri("sandbox/faults", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(404, (await client.QueryAsync(Ids.New())).Status);
    }
}
