namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class ConcurrencyTests(CredentialsFixture fixture)
{
    [Fact]
    public async Task Concurrent_pays_of_one_out_trade_no_charge_exactly_once()
    {
        await using var sandbox = await fixture.StartAsync();
        using var alipay = new AlipayTestClient(sandbox);
        using var wechat = new WechatPayTestClient(sandbox);
        var alipayNo = Ids.New();
        var wechatNo = Ids.New();

        var alipayAnswers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(alipayNo, 700))));
        var wechatAnswers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => wechat.PayAsync(wechatNo, 700)));

        Assert.Single(alipayAnswers, a => a.Code == "10000");
        Assert.All(alipayAnswers.Where(a => a.Code != "10000"), a => Assert.Equal("ACQ.TRADE_HAS_SUCCESS", a.SubCode));
        Assert.Single(wechatAnswers, a => a.Status == 200);
        Assert.All(wechatAnswers.Where(a => a.Status != 200), a => Assert.Equal("ORDERPAID", a.Field("code")));
        Assert.Equal(700, sandbox.Trades.Totals(SandboxChannel.Alipay).PaidFen);
        Assert.Equal(700, sandbox.Trades.Totals(SandboxChannel.WechatPay).PaidFen);
        Assert.Equal(16, sandbox.Trades.PayCalls(SandboxChannel.WechatPay, wechatNo));
    }

    [Fact]
    public async Task Concurrent_refunds_never_exceed_the_paid_amount()
    {
        await using var sandbox = await fixture.StartAsync();
        using var wechat = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        await wechat.PayAsync(no, 1000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => wechat.SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", new System.Text.Json.Nodes.JsonObject
        {
            ["out_trade_no"] = no,
            ["out_refund_no"] = $"RF{i}{no}",
            ["amount"] = new System.Text.Json.Nodes.JsonObject { ["refund"] = 300, ["total"] = 1000, ["currency"] = "CNY" },
        })));

        Assert.Equal(3, answers.Count(a => a.Status == 200));
        var trade = sandbox.Trades.Find(SandboxChannel.WechatPay, no)!;
        Assert.Equal(900, trade.RefundedFen);
        Assert.True(trade.RefundedFen <= trade.PaidFen);
    }
}
