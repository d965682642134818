using System.Text.Json.Nodes;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class AlipayGatewayTests(CredentialsFixture fixture)
{
    [Fact]
    public async Task Face_pay_succeeds_with_a_response_signed_by_the_Alipay_key()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        var answer = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 1234));

        Assert.NotNull(answer.Verified);
        Assert.Equal("10000", answer.Code);
        Assert.Equal("12.34", answer.Field("total_amount"));
        Assert.Equal(no, answer.Field("out_trade_no"));
        Assert.StartsWith("2088", answer.Field("buyer_user_id"), StringComparison.Ordinal);
        var trade = sandbox.Trades.Find(SandboxChannel.Alipay, no)!;
        Assert.Equal(SandboxTradeStatus.Success, trade.Status);
        Assert.Equal(1234, trade.PaidFen);
    }

    [Fact]
    public async Task Query_cancel_close_refund_and_refund_query_follow_the_trade()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var paid = Ids.New();
        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(paid, 1000));

        var query = await client.CallAsync("alipay.trade.query", AlipayTestClient.Trade(paid));
        Assert.Equal("TRADE_SUCCESS", query.Field("trade_status"));

        var refundBiz = new JsonObject { ["out_trade_no"] = paid, ["refund_amount"] = "3.00", ["out_request_no"] = "R1" }.ToJsonString();
        var refund = await client.CallAsync("alipay.trade.refund", refundBiz);
        Assert.Equal("10000", refund.Code);
        Assert.Equal("Y", refund.Field("fund_change"));
        Assert.Equal("3.00", refund.Field("refund_fee"));

        var again = await client.CallAsync("alipay.trade.refund", refundBiz);
        Assert.Equal("N", again.Field("fund_change"));
        Assert.Equal("3.00", again.Field("refund_fee"));

        var tooMuch = await client.CallAsync("alipay.trade.refund", new JsonObject { ["out_trade_no"] = paid, ["refund_amount"] = "7.01", ["out_request_no"] = "R2" }.ToJsonString());
        Assert.Equal("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", tooMuch.SubCode);

        var refundQuery = await client.CallAsync("alipay.trade.fastpay.refund.query", new JsonObject { ["out_trade_no"] = paid, ["out_request_no"] = "R1" }.ToJsonString());
        Assert.Equal("REFUND_SUCCESS", refundQuery.Field("refund_status"));
        Assert.Equal("3.00", refundQuery.Field("refund_amount"));
        var missingRefund = await client.CallAsync("alipay.trade.fastpay.refund.query", new JsonObject { ["out_trade_no"] = paid, ["out_request_no"] = "R9" }.ToJsonString());
        Assert.Equal("10000", missingRefund.Code);
        Assert.Null(missingRefund.Field("refund_amount"));

        var close = await client.CallAsync("alipay.trade.close", AlipayTestClient.Trade(paid));
        Assert.Equal("ACQ.TRADE_STATUS_ERROR", close.SubCode);

        var cancel = await client.CallAsync("alipay.trade.cancel", AlipayTestClient.Trade(paid));
        Assert.Equal("10000", cancel.Code);
        Assert.Equal("refund", cancel.Field("action"));
        var afterCancel = await client.CallAsync("alipay.trade.query", AlipayTestClient.Trade(paid));
        Assert.Equal("TRADE_CLOSED", afterCancel.Field("trade_status"));
        Assert.Equal(1000, sandbox.Trades.Find(SandboxChannel.Alipay, paid)!.RefundedFen);
    }

    [Fact]
    public async Task Paying_the_same_out_trade_no_again_answers_TRADE_HAS_SUCCESS_and_charges_once()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 500));
        var second = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 500));

        Assert.NotNull(second.Verified);
        Assert.Equal("40004", second.Code);
        Assert.Equal("ACQ.TRADE_HAS_SUCCESS", second.SubCode);
        Assert.Equal(2, sandbox.Trades.PayCalls(SandboxChannel.Alipay, no));
        Assert.Equal(500, sandbox.Trades.Totals(SandboxChannel.Alipay).PaidFen);
    }

    [Fact]
    public async Task Same_out_trade_no_with_a_different_amount_answers_CONTEXT_INCONSISTENT()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 500));
        var second = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 501));

        Assert.Equal("ACQ.CONTEXT_INCONSISTENT", second.SubCode);
        Assert.Equal(500, sandbox.Trades.Find(SandboxChannel.Alipay, no)!.AmountFen);
    }

    [Fact]
    public async Task A_request_with_a_bad_signature_is_refused_and_creates_nothing()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        var answer = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 500), tamper: true);

        Assert.Null(answer.Verified);
        Assert.Equal("40002", answer.Code);
        Assert.Equal("isv.invalid-signature", answer.SubCode);
        Assert.Null(sandbox.Trades.Find(SandboxChannel.Alipay, no));
    }

    [Fact]
    public async Task A_request_without_timestamp_is_refused_before_its_signature_is_checked()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var form = client.BuildForm("alipay.trade.query", AlipayTestClient.Trade(Ids.New())).Where(p => p.Key != "timestamp");

        var answer = await client.SendAsync(form);

        Assert.Equal("40001", answer.Code);
        Assert.Equal("isv.missing-timestamp", answer.SubCode);
    }

    [Fact]
    public async Task Unknown_method_gets_an_unsigned_error_response()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);

        var answer = await client.CallAsync("alipay.trade.precreate", AlipayTestClient.Trade(Ids.New()));

        Assert.Equal("UnsignedErrorResponse", answer.VerificationFailure);
        Assert.Contains("isv.invalid-method", answer.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insufficient_balance_and_invalid_auth_code_are_business_failures()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        sandbox.Trades.SetBalance("fppoorpayer", 99);

        var poor = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(Ids.New(), 100, authCode: "fppoorpayer"));
        var invalid = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(Ids.New(), 100, authCode: "123"));

        Assert.Equal("ACQ.BUYER_BALANCE_NOT_ENOUGH", poor.SubCode);
        Assert.Equal("ACQ.PAYMENT_AUTH_CODE_INVALID", invalid.SubCode);
        Assert.Empty(sandbox.Trades.All());
    }

    [Fact]
    public async Task Withholding_agreement_pays_and_query_of_unknown_trade_answers_TRADE_NOT_EXIST()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();
        var biz = new JsonObject
        {
            ["out_trade_no"] = no,
            ["product_code"] = "GENERAL_WITHHOLDING",
            ["agreement_params"] = new JsonObject { ["agreement_no"] = "20215425001234567890" },
            ["subject"] = "Member charge",
            ["total_amount"] = "0.01",
        }.ToJsonString();

        var pay = await client.CallAsync("alipay.trade.pay", biz);
        var unknown = await client.CallAsync("alipay.trade.query", AlipayTestClient.Trade(Ids.New()));

        Assert.Equal("10000", pay.Code);
        Assert.Equal("agreement:20215425001234567890", sandbox.Trades.Find(SandboxChannel.Alipay, no)!.PayerCode);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", unknown.SubCode);
    }

    [Fact]
    public async Task Cancel_of_an_unseen_trade_blocks_a_late_pay()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var no = Ids.New();

        var cancel = await client.CallAsync("alipay.trade.cancel", AlipayTestClient.Trade(no));
        var late = await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 100));

        Assert.Equal("close", cancel.Field("action"));
        Assert.Equal("ACQ.TRADE_HAS_CLOSE", late.SubCode);
    }
}
