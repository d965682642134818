using System.Security.Cryptography;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Tests.Fakes;
using FacePay.Channels.WechatPay;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayClientTests
{
    private static readonly ChannelPayRequest CodePay = new("FP-1-1", 1234, "CNY", "Lunch", ChannelPayMethod.PayerCode, PayerCode: "134567890123456789", DeviceId: "DEV1", StoreId: "S1");

    private const string PaidTransaction = """{"appid":"wx0000000000000001","mchid":"1900000001","out_trade_no":"FP-1-1","transaction_id":"4200000001","trade_type":"MICROPAY","trade_state":"SUCCESS","trade_state_desc":"支付成功","payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"amount":{"total":1234,"payer_total":1234,"currency":"CNY"}}""";

    [Fact]
    public async Task Code_pay_posts_a_signed_request_and_reads_the_validated_answer()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, PaidTransaction));
        var result = await gateway.CreateClient().PayAsync(CodePay, CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.True(request.SignatureValid);
        Assert.Equal(("POST", "/v3/pay/transactions/codepay"), (request.Recorded.Method, request.PathAndQuery));
        Assert.Equal("application/json", request.Recorded.Accept);
        Assert.NotEmpty(request.Recorded.UserAgent);
        var json = request.Json!;
        Assert.Equal(("wx0000000000000001", "1900000001", "FP-1-1", "134567890123456789"), (json["appid"]!.GetValue<string>(), json["mchid"]!.GetValue<string>(), json["out_trade_no"]!.GetValue<string>(), json["payer"]!["auth_code"]!.GetValue<string>()));
        Assert.Equal((1234L, "CNY"), (json["amount"]!["total"]!.GetValue<long>(), json["amount"]!["currency"]!.GetValue<string>()));
        Assert.Equal(("DEV1", "S1"), (json["scene_info"]!["device_id"]!.GetValue<string>(), json["scene_info"]!["store_info"]!["out_id"]!.GetValue<string>()));
        Assert.Equal(new ChannelTradeResult(ChannelOutcome.Success, ChannelTradeStatus.Paid, "FP-1-1", "4200000001", 1234, "CNY", PayerId: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"), result);
    }

    [Theory]
    [InlineData(202, """{"code":"USERPAYING","message":"需要用户输入支付密码"}""", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment, "USERPAYING")]
    [InlineData(403, """{"code":"USERPAYING","message":"需要用户输入支付密码"}""", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment, "USERPAYING")]
    [InlineData(200, """{"out_trade_no":"FP-1-1","trade_state":"USERPAYING"}""", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment, "USERPAYING")]
    [InlineData(500, """{"code":"SYSTEM_ERROR","message":"系统繁忙,请稍后重试"}""", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified, "SYSTEM_ERROR")]
    [InlineData(500, """{"code":"BANKERROR","message":"银行系统异常"}""", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified, "BANKERROR")]
    [InlineData(403, """{"code":"NOTENOUGH","message":"余额不足"}""", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified, "NOTENOUGH")]
    [InlineData(400, """{"code":"AUTH_CODE_INVALID","message":"付款码无效"}""", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified, "AUTH_CODE_INVALID")]
    [InlineData(400, """{"code":"ORDERPAID","message":"订单已支付"}""", ChannelOutcome.Success, ChannelTradeStatus.Paid, "ORDERPAID")]
    [InlineData(429, """{"code":"FREQUENCY_LIMITED","message":"频率超限"}""", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified, "FREQUENCY_LIMITED")]
    public async Task Code_pay_answers_are_classified(int status, string body, ChannelOutcome outcome, ChannelTradeStatus tradeStatus, string errorCode)
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(status, body));
        var result = await gateway.CreateClient().PayAsync(CodePay, CancellationToken.None);

        Assert.Equal((outcome, tradeStatus, errorCode), (result.Outcome, result.Status, result.ErrorCode));
    }

    [Fact]
    public async Task Query_gets_by_out_trade_no_with_mchid_in_the_signed_url()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, """{"out_trade_no":"FP-1-1","transaction_id":"4200000001","trade_state":"NOTPAY","amount":{"total":1234,"currency":"CNY"}}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.True(request.SignatureValid);
        Assert.Equal(("GET", "/v3/pay/transactions/out-trade-no/FP-1-1?mchid=1900000001", string.Empty), (request.Recorded.Method, request.PathAndQuery, request.Recorded.Body));
        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.WaitingForPayment, 1234L), (result.Outcome, result.Status, result.Amount));
    }

    [Theory]
    [InlineData("SUCCESS", ChannelTradeStatus.Paid)]
    [InlineData("REFUND", ChannelTradeStatus.Refunded)]
    [InlineData("CLOSED", ChannelTradeStatus.Closed)]
    [InlineData("REVOKED", ChannelTradeStatus.Revoked)]
    [InlineData("PAYERROR", ChannelTradeStatus.Failed)]
    public async Task Query_maps_trade_state(string state, ChannelTradeStatus expected)
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, $$"""{"out_trade_no":"FP-1-1","trade_state":"{{state}}"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Success, expected), (result.Outcome, result.Status));
    }

    [Fact]
    public async Task Query_of_an_unknown_order_is_a_definite_not_found()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(404, """{"code":"ORDER_NOT_EXIST","message":"订单不存在"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.NotFound), (result.Outcome, result.Status));
    }

    [Fact]
    public async Task Query_with_system_error_is_retryable()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(500, """{"code":"SYSTEM_ERROR","message":"busy"}"""));
        var result = await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Retryable, "SYSTEM_ERROR"), (result.Outcome, result.ErrorCode));
    }

    [Fact]
    public async Task Close_answered_204_with_signed_empty_body_is_closed()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(204, string.Empty));
        var result = await gateway.CreateClient().CloseAsync("FP-1-1", CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(("POST", "/v3/pay/transactions/out-trade-no/FP-1-1/close"), (request.Recorded.Method, request.PathAndQuery));
        Assert.Equal("1900000001", request.Json!["mchid"]!.GetValue<string>());
        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.Closed), (result.Outcome, result.Status));
    }

    [Fact]
    public async Task Reverse_success_is_revoked_and_system_error_is_unknown()
    {
        using var ok = new FakeWechatPayGateway(_ => new WechatAnswer(200, """{"out_trade_no":"FP-1-1"}"""));
        using var busy = new FakeWechatPayGateway(_ => new WechatAnswer(500, """{"code":"SYSTEM_ERROR","message":"busy"}"""));

        var revoked = await ok.CreateClient().CancelAsync("FP-1-1", CancellationToken.None);
        var unknown = await busy.CreateClient().CancelAsync("FP-1-1", CancellationToken.None);

        Assert.Equal("/v3/pay/transactions/out-trade-no/FP-1-1/reverse", Assert.Single(ok.Requests).PathAndQuery);
        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.Revoked), (revoked.Outcome, revoked.Status));
        Assert.Equal(ChannelOutcome.Unknown, unknown.Outcome);
    }

    [Fact]
    public async Task Refund_posts_amounts_in_fen_and_reads_the_status()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, """{"refund_id":"50000000382019052709732678859","out_refund_no":"RF-1","transaction_id":"4200000001","out_trade_no":"FP-1-1","status":"PROCESSING","amount":{"total":1234,"refund":500,"currency":"CNY"}}"""));
        var result = await gateway.CreateClient().RefundAsync(new ChannelRefundRequest("FP-1-1", "RF-1", 500, 1234, "CNY", "customer"), CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal("/v3/refund/domestic/refunds", request.PathAndQuery);
        Assert.Equal((500L, 1234L, "RF-1"), (request.Json!["amount"]!["refund"]!.GetValue<long>(), request.Json["amount"]!["total"]!.GetValue<long>(), request.Json["out_refund_no"]!.GetValue<string>()));
        Assert.Equal(new ChannelRefundResult(ChannelOutcome.Success, ChannelRefundStatus.Processing, "FP-1-1", "RF-1", "50000000382019052709732678859", 500, "CNY"), result);
    }

    [Theory]
    [InlineData(200, """{"refund_id":"5","out_refund_no":"RF-1","out_trade_no":"FP-1-1","status":"SUCCESS","amount":{"refund":500,"currency":"CNY"}}""", ChannelOutcome.Success, ChannelRefundStatus.Success)]
    [InlineData(200, """{"refund_id":"5","out_refund_no":"RF-1","out_trade_no":"FP-1-1","status":"ABNORMAL","amount":{"refund":500}}""", ChannelOutcome.Success, ChannelRefundStatus.Abnormal)]
    [InlineData(404, """{"code":"RESOURCE_NOT_EXISTS","message":"退款单不存在"}""", ChannelOutcome.Success, ChannelRefundStatus.NotFound)]
    public async Task Refund_query_reads_status(int status, string body, ChannelOutcome outcome, ChannelRefundStatus refundStatus)
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(status, body));
        var result = await gateway.CreateClient().QueryRefundAsync(new ChannelRefundQueryRequest("FP-1-1", "RF-1"), CancellationToken.None);

        Assert.Equal("/v3/refund/domestic/refunds/RF-1", Assert.Single(gateway.Requests).PathAndQuery);
        Assert.Equal((outcome, refundStatus), (result.Outcome, result.Status));
    }

    [Fact]
    public async Task Answer_with_tampered_body_is_not_trusted()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, PaidTransaction, TamperBody: true));
        var result = await gateway.CreateClient().PayAsync(CodePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
        Assert.Contains("SignatureMismatch", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_from_an_unknown_serial_is_not_trusted()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, PaidTransaction, SerialOverride: "PUB_KEY_ID_9999"));
        var result = await gateway.CreateClient().PayAsync(CodePay, CancellationToken.None);

        Assert.Equal(ChannelErrorCodes.VerificationFailed, result.ErrorCode);
        Assert.Contains("UnknownSerial", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_answer_is_not_trusted_even_when_it_claims_a_definite_failure()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(403, """{"code":"NOTENOUGH","message":"余额不足"}""", Sign: false));
        var result = await gateway.CreateClient().PayAsync(CodePay, CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
        Assert.Contains("MissingHeader", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_signed_ten_minutes_ago_is_stale()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, PaidTransaction));
        var client = gateway.CreateClient();
        gateway.ResponseSigner = new WechatPayResponseSigner(FakeWechatPayGateway.PlatformSerial, new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.Alipay)), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(gateway.Time.GetUtcNow().AddMinutes(-10)));

        var result = await client.QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.VerificationFailed), (result.Outcome, result.ErrorCode));
        Assert.Contains("StaleTimestamp", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreement_pay_is_unsupported_and_not_sent()
    {
        using var gateway = new FakeWechatPayGateway(_ => throw new InvalidOperationException("must not be called"));
        var result = await gateway.CreateClient().PayAsync(new ChannelPayRequest("FP-1-1", 100, "CNY", "x", ChannelPayMethod.Agreement, AgreementNo: "A1"), CancellationToken.None);

        Assert.Equal((ChannelOutcome.DefiniteFailure, ChannelErrorCodes.Unsupported), (result.Outcome, result.ErrorCode));
        Assert.Empty(gateway.Handler.Requests);
    }

    [Fact]
    public async Task Timeout_after_sending_a_refund_is_unknown_and_for_a_query_retryable()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, "{}"));
        gateway.Options.Timeout = TimeSpan.FromMilliseconds(50);
        using var hanging = FakeGatewayHandler.Hanging();
        var client = gateway.CreateClient(hanging);

        var refund = await client.RefundAsync(new ChannelRefundRequest("FP-1-1", "RF-1", 500, 1234, "CNY"), CancellationToken.None);
        var query = await client.QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.Timeout), (refund.Outcome, refund.ErrorCode));
        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.Timeout), (query.Outcome, query.ErrorCode));
    }

    [Fact]
    public async Task Trade_bill_is_found_then_downloaded_with_a_signed_get_and_hash_check()
    {
        var file = "交易时间,公众账号ID\n`2026-11-22 10:00:00,`wx0000000000000001\n"u8.ToArray();
#pragma warning disable CA5350 // The protocol's bill hash is SHA1.
        var hash = Convert.ToHexString(SHA1.HashData(file)).ToLowerInvariant();
#pragma warning restore CA5350
        using var gateway = new FakeWechatPayGateway(r => r.PathAndQuery.StartsWith("/v3/bill/tradebill", StringComparison.Ordinal)
            ? new WechatAnswer(200, $$"""{"hash_type":"SHA1","hash_value":"{{hash}}","download_url":"https://api.example.test/v3/billdownload/file?token=abc"}""")
            : new WechatAnswer(200, System.Text.Encoding.UTF8.GetString(file), Sign: false));
        var client = gateway.CreateClient();

        var bill = await client.GetBillAsync(new ChannelBillRequest(new DateOnly(2026, 11, 22)), CancellationToken.None);
        using var content = new MemoryStream();
        await client.DownloadBillAsync(bill, content, CancellationToken.None);

        Assert.Equal("/v3/bill/tradebill?bill_date=2026-11-22&bill_type=ALL&tar_type=GZIP", gateway.Requests[0].PathAndQuery);
        Assert.True(gateway.Requests[1].SignatureValid);
        Assert.Equal("/v3/billdownload/file?token=abc", gateway.Requests[1].PathAndQuery);
        Assert.Equal(file, content.ToArray());
        Assert.Equal(0, content.Position);
        using var again = new MemoryStream();
        await Assert.ThrowsAsync<ChannelBillDownloadException>(() => client.DownloadBillAsync(bill with { HashValue = "00" }, again, CancellationToken.None));
    }
}
