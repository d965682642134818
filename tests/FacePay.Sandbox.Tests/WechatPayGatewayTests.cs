using System.Text.Json.Nodes;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class WechatPayGatewayTests(CredentialsFixture fixture)
{
    [Fact]
    public async Task Code_pay_succeeds_with_an_answer_signed_by_the_WeChat_Pay_public_key()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();

        var answer = await client.PayAsync(no, 888);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.SignatureValid, answer.VerificationFailure);
        Assert.Equal(sandbox.Credentials.PublicKeyId, answer.Serial);
        Assert.Equal("SUCCESS", answer.Field("trade_state"));
        Assert.Equal(888, answer.Json["amount"]!["total"]!.GetValue<long>());
        var query = await client.QueryAsync(no);
        Assert.True(query.SignatureValid);
        Assert.Equal("SUCCESS", query.Field("trade_state"));
    }

    [Fact]
    public async Task Platform_certificate_mode_announces_the_certificate_serial()
    {
        await using var sandbox = await fixture.StartAsync(new SandboxOptions { WechatPayKeyMode = SandboxWechatPayKeyMode.PlatformCertificate });
        using var client = new WechatPayTestClient(sandbox);

        var answer = await client.PayAsync(Ids.New(), 1);

        Assert.True(answer.SignatureValid, answer.VerificationFailure);
        Assert.Equal(sandbox.Credentials.PlatformSerialNo, answer.Serial);
    }

    [Fact]
    public async Task Platform_certificates_download_decrypts_to_the_certificate_that_signed_it()
    {
        await using var sandbox = await fixture.StartAsync(new SandboxOptions { WechatPayKeyMode = SandboxWechatPayKeyMode.PlatformCertificate });
        using var client = new WechatPayTestClient(sandbox);

        var answer = await client.SendAsync(HttpMethod.Get, "/v3/certificates", null);

        Assert.Equal(200, answer.Status);
        var entry = answer.Json["data"]![0]!;
        var encrypted = entry["encrypt_certificate"]!;
        var pem = new FacePay.Channels.WechatPay.WechatPayNotificationDecryptor(sandbox.Credentials.ApiV3Key).Decrypt(
            encrypted["associated_data"]!.GetValue<string>(), encrypted["nonce"]!.GetValue<string>(), encrypted["ciphertext"]!.GetValue<string>());
        Assert.True(pem.IsValid, pem.Detail);
        using var store = new FacePay.Channels.WechatPay.WechatPayVerifierStore();
        var serial = store.AddCertificatePem(pem.Value);
        Assert.Equal(entry["serial_no"]!.GetValue<string>(), serial);
        Assert.Equal(answer.Serial, serial);
        Assert.True(answer.SignatureValid);
    }

    [Fact]
    public async Task Paying_again_answers_ORDERPAID_and_a_different_amount_OUT_TRADE_NO_USED()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();

        await client.PayAsync(no, 100);
        var again = await client.PayAsync(no, 100);
        var different = await client.PayAsync(no, 101);

        Assert.Equal(403, again.Status);
        Assert.Equal("ORDERPAID", again.Field("code"));
        Assert.Equal("OUT_TRADE_NO_USED", different.Field("code"));
        Assert.Equal(3, sandbox.Trades.PayCalls(SandboxChannel.WechatPay, no));
        Assert.Equal(100, sandbox.Trades.Totals(SandboxChannel.WechatPay).PaidFen);
    }

    [Fact]
    public async Task Refund_refund_query_reverse_and_close_answer_with_the_real_statuses()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        await client.PayAsync(no, 1000);

        var refundBody = new JsonObject
        {
            ["out_trade_no"] = no,
            ["out_refund_no"] = "RF" + no,
            ["reason"] = "退货",
            ["amount"] = new JsonObject { ["refund"] = 400, ["total"] = 1000, ["currency"] = "CNY" },
        };
        var refund = await client.SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", refundBody);
        Assert.Equal(200, refund.Status);
        Assert.True(refund.SignatureValid);
        Assert.Equal("SUCCESS", refund.Field("status"));

        var refundQuery = await client.SendAsync(HttpMethod.Get, "/v3/refund/domestic/refunds/RF" + no, null);
        Assert.Equal(400, refundQuery.Json["amount"]!["refund"]!.GetValue<long>());
        var missing = await client.SendAsync(HttpMethod.Get, "/v3/refund/domestic/refunds/nope", null);
        Assert.Equal(404, missing.Status);
        Assert.Equal("RESOURCE_NOT_EXISTS", missing.Field("code"));

        var query = await client.QueryAsync(no);
        Assert.Equal("REFUND", query.Field("trade_state"));

        var close = await client.SendAsync(HttpMethod.Post, $"/v3/pay/transactions/out-trade-no/{no}/close", new JsonObject { ["mchid"] = sandbox.Credentials.WechatPayMchId });
        Assert.Equal(400, close.Status);
        Assert.Equal("ORDERPAID", close.Field("code"));

        var reverse = await client.SendAsync(HttpMethod.Post, $"/v3/pay/transactions/out-trade-no/{no}/reverse", client.Mch());
        Assert.Equal(200, reverse.Status);
        Assert.Equal(no, reverse.Field("out_trade_no"));
        Assert.Equal("REVOKED", (await client.QueryAsync(no)).Field("trade_state"));
        Assert.Equal(1000, sandbox.Trades.Find(SandboxChannel.WechatPay, no)!.RefundedFen);
    }

    [Fact]
    public async Task Close_of_an_unpaid_trade_answers_204_signed()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        sandbox.Faults.Add(new Faults.FaultRule { Kind = Faults.FaultKind.UserPaying, OutTradeNo = no, Queries = 5 });
        var pay = await client.PayAsync(no, 100);
        Assert.Equal(202, pay.Status);

        var close = await client.SendAsync(HttpMethod.Post, $"/v3/pay/transactions/out-trade-no/{no}/close", new JsonObject { ["mchid"] = sandbox.Credentials.WechatPayMchId });

        Assert.Equal(204, close.Status);
        Assert.True(close.SignatureValid, close.VerificationFailure);
        Assert.Equal("CLOSED", (await client.QueryAsync(no)).Field("trade_state"));
    }

    [Fact]
    public async Task Tampered_body_or_unknown_serial_is_refused_with_401_SIGN_ERROR()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        using var wrongSerial = new WechatPayTestClient(sandbox, merchantSerial: "ABCDEF0123456789");
        var no = Ids.New();

        var tampered = await client.SendAsync(HttpMethod.Post, "/v3/pay/transactions/codepay", client.CodePay(no, 100), b => b.Replace("100", "1", StringComparison.Ordinal));
        var unknownSerial = await wrongSerial.PayAsync(no, 100);

        Assert.Equal(401, tampered.Status);
        Assert.Equal("SIGN_ERROR", tampered.Field("code"));
        Assert.Equal(401, unknownSerial.Status);
        Assert.Null(sandbox.Trades.Find(SandboxChannel.WechatPay, no));
    }

    [Fact]
    public async Task Query_of_an_unknown_trade_answers_404_ORDERNOTEXIST()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);

        var answer = await client.QueryAsync(Ids.New());

        Assert.Equal(404, answer.Status);
        Assert.True(answer.SignatureValid);
        Assert.Equal("ORDERNOTEXIST", answer.Field("code"));
    }

    [Fact]
    public async Task Insufficient_balance_answers_NOTENOUGH_and_invalid_code_AUTH_CODE_INVALID()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        sandbox.Trades.SetBalance("wxface-poor", 10);

        var poor = await client.PayAsync(Ids.New(), 11, authCode: "wxface-poor");
        var invalid = await client.PayAsync(Ids.New(), 11, authCode: "invalid-code");

        Assert.Equal("NOTENOUGH", poor.Field("code"));
        Assert.Equal("AUTH_CODE_INVALID", invalid.Field("code"));
    }
}
