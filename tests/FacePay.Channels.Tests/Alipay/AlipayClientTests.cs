using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.Tests.Fakes;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayClientTests
{
    private static readonly ChannelPayRequest FacePay = new("FP-1-1", 1234, "CNY", "Lunch", ChannelPayMethod.PayerCode, PayerCode: "fp0123456789", DeviceId: "DEV1", StoreId: "S1");

    [Fact]
    public async Task Pay_with_face_token_sends_a_signed_security_code_request_in_yuan_and_reads_the_verified_answer()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"10000","msg":"Success","trade_no":"2026112322001","out_trade_no":"FP-1-1","total_amount":"12.34","buyer_user_id":"2088102"}"""));
        var result = await gateway.CreateClient().PayAsync(FacePay, CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal("alipay.trade.pay", request.Method);
        Assert.Equal("RSA2", request.Parameters["sign_type"]);
        Assert.Equal("2026-11-23 20:00:00", request.Parameters["timestamp"]);
        Assert.Equal("https://merchant.example.test/notify/alipay", request.Parameters["notify_url"]);
        Assert.Equal(("security_code", "fp0123456789", "FACE_TO_FACE_PAYMENT", "12.34"), (request.BizString("scene"), request.BizString("auth_code"), request.BizString("product_code"), request.BizString("total_amount")));
        Assert.Equal(new ChannelTradeResult(ChannelOutcome.Success, ChannelTradeStatus.Paid, "FP-1-1", "2026112322001", 1234, "CNY", PayerId: "2088102"), result);
    }

    [Fact]
    public async Task Agreement_pay_uses_general_withholding()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"10000","msg":"Success","trade_no":"T1","total_amount":"1.00"}"""));
        var result = await gateway.CreateClient().PayAsync(new ChannelPayRequest("FP-2-1", 100, "CNY", "x", ChannelPayMethod.Agreement, AgreementNo: "20215"), CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal("GENERAL_WITHHOLDING", request.BizString("product_code"));
        Assert.Equal("20215", request.Biz["agreement_params"]!["agreement_no"]!.GetValue<string>());
        Assert.Null(request.BizString("scene"));
        Assert.Equal(ChannelOutcome.Success, result.Outcome);
    }

    [Theory]
    [InlineData("""{"code":"10003","msg":"order success pay inprocess","trade_no":"T1"}""", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment, "10003")]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"ACQ.SYSTEM_ERROR","sub_msg":"系统错误"}""", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified, "ACQ.SYSTEM_ERROR")]
    [InlineData("""{"code":"20000","msg":"Service Currently Unavailable","sub_code":"isp.unknow-error"}""", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified, "isp.unknow-error")]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"ACQ.BUYER_BALANCE_NOT_ENOUGH","sub_msg":"余额不足"}""", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified, "ACQ.BUYER_BALANCE_NOT_ENOUGH")]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS"}""", ChannelOutcome.Success, ChannelTradeStatus.Paid, "ACQ.TRADE_HAS_SUCCESS")]
    [InlineData("""{"code":"40005","msg":"Call Limited","sub_code":"aop.call-limited"}""", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified, "aop.call-limited")]
    public async Task Pay_answers_are_classified(string node, ChannelOutcome outcome, ChannelTradeStatus status, string? errorCode)
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, node));
        var result = await gateway.CreateClient().PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((outcome, status, errorCode), (result.Outcome, result.Status, result.ErrorCode));
    }

    [Fact]
    public async Task Answer_signed_with_another_key_is_not_trusted_pay_becomes_unknown()
    {
        using var other = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Other));
        using var gateway = new FakeAlipayGateway(r => other.BuildSignedResponseBody(AlipayResponseNode.For(r.Method), """{"code":"10000","msg":"Success","trade_no":"T1","total_amount":"12.34"}"""));
        var result = await gateway.CreateClient().PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
        Assert.Null(result.ChannelTradeNo);
    }

    [Fact]
    public async Task Answer_signed_with_another_key_makes_a_query_retryable()
    {
        using var other = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Other));
        using var gateway = new FakeAlipayGateway(r => other.BuildSignedResponseBody(AlipayResponseNode.For(r.Method), """{"code":"10000","msg":"Success","trade_status":"TRADE_SUCCESS"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Unsigned_error_response_is_not_trusted_as_a_definite_failure()
    {
        using var gateway = new FakeAlipayGateway(_ => """{"error_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.BUYER_BALANCE_NOT_ENOUGH"}}""");
        var result = await gateway.CreateClient().PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Signed_error_response_is_read()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        using var errorGateway = new FakeAlipayGateway(_ => signer.BuildSignedResponseBody(AlipayResponseNode.Error, """{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"无效的AppID参数"}"""));
        var result = await errorGateway.CreateClient().PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.DefiniteFailure, "isv.invalid-app-id", "无效的AppID参数"), (result.Outcome, result.ErrorCode, result.ErrorMessage));
    }

    [Theory]
    [InlineData("TRADE_SUCCESS", ChannelTradeStatus.Paid)]
    [InlineData("WAIT_BUYER_PAY", ChannelTradeStatus.WaitingForPayment)]
    [InlineData("TRADE_CLOSED", ChannelTradeStatus.Closed)]
    [InlineData("TRADE_FINISHED", ChannelTradeStatus.Finished)]
    public async Task Query_maps_trade_status(string tradeStatus, ChannelTradeStatus expected)
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, $$"""{"code":"10000","msg":"Success","trade_no":"T9","out_trade_no":"FP-1-1","trade_status":"{{tradeStatus}}","total_amount":"0.01"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal("alipay.trade.query", Assert.Single(gateway.Requests).Method);
        Assert.False(Assert.Single(gateway.Requests).Parameters.ContainsKey("notify_url"));
        Assert.Equal((ChannelOutcome.Success, expected, 1L, "T9"), (result.Outcome, result.Status, result.Amount, result.ChannelTradeNo));
    }

    [Fact]
    public async Task Query_of_a_trade_not_yet_created_is_a_definite_not_found()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.NotFound), (result.Outcome, result.Status));
    }

    [Theory]
    [InlineData("""{"code":"10000","msg":"Success","trade_no":"T1","out_trade_no":"FP-1-1","retry_flag":"N","action":"refund"}""", ChannelOutcome.Success, ChannelTradeStatus.Refunded)]
    [InlineData("""{"code":"10000","msg":"Success","trade_no":"T1","out_trade_no":"FP-1-1","retry_flag":"N","action":"close"}""", ChannelOutcome.Success, ChannelTradeStatus.Closed)]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"ACQ.SYSTEM_ERROR","retry_flag":"Y"}""", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"ACQ.REASON_TRADE_STATUS_INVALID","retry_flag":"N"}""", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    public async Task Cancel_reads_action_and_retry_flag(string node, ChannelOutcome outcome, ChannelTradeStatus status)
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, node));
        var result = await gateway.CreateClient().CancelAsync("FP-1-1", CancellationToken.None);

        Assert.Equal("alipay.trade.cancel", Assert.Single(gateway.Requests).Method);
        Assert.Equal((outcome, status), (result.Outcome, result.Status));
    }

    [Fact]
    public async Task Close_success_means_closed()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"10000","msg":"Success","trade_no":"T1","out_trade_no":"FP-1-1"}"""));
        var result = await gateway.CreateClient().CloseAsync("FP-1-1", CancellationToken.None);

        Assert.Equal("alipay.trade.close", Assert.Single(gateway.Requests).Method);
        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.Closed), (result.Outcome, result.Status));
    }

    [Theory]
    [InlineData("Y", ChannelRefundStatus.Success)]
    [InlineData("N", ChannelRefundStatus.Processing)]
    public async Task Refund_sends_out_request_no_and_reads_fund_change(string fundChange, ChannelRefundStatus status)
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, $$"""{"code":"10000","msg":"Success","trade_no":"T1","out_trade_no":"FP-1-1","fund_change":"{{fundChange}}","refund_fee":"5.00"}"""));
        var result = await gateway.CreateClient().RefundAsync(new ChannelRefundRequest("FP-1-1", "RF-1", 500, 1234, "CNY", "customer"), CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(("alipay.trade.refund", "RF-1", "5.00", "customer"), (request.Method, request.BizString("out_request_no"), request.BizString("refund_amount"), request.BizString("refund_reason")));
        Assert.Equal((ChannelOutcome.Success, status, 500L), (result.Outcome, result.Status, result.RefundAmount));
    }

    [Fact]
    public async Task Refund_with_system_error_is_unknown()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"40004","msg":"Business Failed","sub_code":"ACQ.SYSTEM_ERROR"}"""));
        var result = await gateway.CreateClient().RefundAsync(new ChannelRefundRequest("FP-1-1", "RF-1", 500, 1234, "CNY"), CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, "ACQ.SYSTEM_ERROR"), (result.Outcome, result.ErrorCode));
    }

    [Theory]
    [InlineData("""{"code":"10000","msg":"Success","out_trade_no":"FP-1-1","out_request_no":"RF-1","refund_amount":"5.00","total_amount":"12.34","refund_status":"REFUND_SUCCESS"}""", ChannelRefundStatus.Success, 500L)]
    [InlineData("""{"code":"10000","msg":"Success"}""", ChannelRefundStatus.NotFound, null)]
    public async Task Refund_query_distinguishes_refunded_from_not_found(string node, ChannelRefundStatus status, long? amount)
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, node));
        var result = await gateway.CreateClient().QueryRefundAsync(new ChannelRefundQueryRequest("FP-1-1", "RF-1"), CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(("alipay.trade.fastpay.refund.query", "FP-1-1", "RF-1"), (request.Method, request.BizString("out_trade_no"), request.BizString("out_request_no")));
        Assert.Equal((ChannelOutcome.Success, status, amount), (result.Outcome, result.Status, result.RefundAmount));
    }

    [Fact]
    public async Task Bill_query_returns_the_download_url()
    {
        using var gateway = new FakeAlipayGateway(r => Signed(r, """{"code":"10000","msg":"Success","bill_download_url":"http:\/\/dwbillcenter.alipay.com\/downloadBillFile.resource?bizType=trade&fileType=csv.zip"}"""));
        var result = await gateway.CreateClient().GetBillAsync(new ChannelBillRequest(new DateOnly(2026, 11, 22)), CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(("alipay.data.dataservice.bill.downloadurl.query", "trade", "2026-11-22"), (request.Method, request.BizString("bill_type"), request.BizString("bill_date")));
        Assert.Equal("http://dwbillcenter.alipay.com/downloadBillFile.resource?bizType=trade&fileType=csv.zip", result.DownloadUrl);
    }

    [Fact]
    public async Task Timeout_after_sending_a_pay_is_unknown()
    {
        using var gateway = new FakeAlipayGateway(_ => string.Empty);
        gateway.Options.Timeout = TimeSpan.FromMilliseconds(50);
        using var hanging = FakeGatewayHandler.Hanging();

        var result = await gateway.CreateClient(hanging).PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.Timeout), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Connect_failure_before_sending_is_retryable_even_for_pay()
    {
        using var gateway = new FakeAlipayGateway(_ => string.Empty);
        using var refused = FakeGatewayHandler.Throwing(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var result = await gateway.CreateClient(refused).PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.NotSent), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Connection_lost_after_sending_a_pay_is_unknown()
    {
        using var gateway = new FakeAlipayGateway(_ => string.Empty);
        using var broken = FakeGatewayHandler.Throwing(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));

        var result = await gateway.CreateClient(broken).PayAsync(FacePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.ConnectionLost), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_a_result()
    {
        using var gateway = new FakeAlipayGateway(_ => string.Empty);
        using var hanging = FakeGatewayHandler.Hanging();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gateway.CreateClient(hanging).QueryAsync("FP-1-1", cts.Token));
    }

    [Theory]
    [InlineData("USD", 100L)]
    [InlineData("CNY", 0L)]
    public async Task Invalid_pay_is_refused_without_sending(string currency, long amount)
    {
        using var gateway = new FakeAlipayGateway(_ => throw new InvalidOperationException("must not be called"));
        var result = await gateway.CreateClient().PayAsync(FacePay with { Currency = currency, Amount = amount }, CancellationToken.None);

        Assert.Equal((ChannelOutcome.DefiniteFailure, ChannelErrorCodes.InvalidRequest), (result.Outcome, result.ErrorCode));
        Assert.Empty(gateway.Handler.Requests);
    }

    private static string Signed(AlipayRequest request, string node)
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        return signer.BuildSignedResponseBody(AlipayResponseNode.For(request.Method), node);
    }
}
