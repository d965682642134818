using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipaySignerTests
{
    private static Dictionary<string, string?> Request() => new()
    {
        ["app_id"] = "2021000000000001",
        ["method"] = "alipay.trade.pay",
        ["format"] = "JSON",
        ["charset"] = "utf-8",
        ["sign_type"] = "RSA2",
        ["timestamp"] = "2026-11-23 20:00:00",
        ["version"] = "1.0",
        ["biz_content"] = """{"out_trade_no":"FP1","scene":"security_code","auth_code":"fp123","total_amount":"12.34"}""",
    };

    [Fact]
    public void Request_signed_with_app_key_verifies_on_the_gateway_side()
    {
        using var signer = AlipaySigner.FromPem(TestKeys.PrivatePkcs1Pem(TestKeys.App));
        var p = Request();
        p["sign"] = signer.SignRequest(p);

        using var gateway = AlipaySignatureVerifier.FromPem(TestKeys.PublicPem(TestKeys.App));
        var result = gateway.VerifyRequest(p);

        Assert.True(result.IsValid, result.Detail);
    }

    [Fact]
    public void Request_sign_covers_sign_type()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var p = Request();
        p["sign"] = signer.SignRequest(p);
        p.Remove("sign_type");

        using var gateway = new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.App));
        Assert.Equal(VerificationFailure.SignatureMismatch, gateway.VerifyRequest(p).Failure);
    }

    [Fact]
    public void Pkcs1_and_pkcs8_forms_of_one_key_give_the_same_signature()
    {
        using var pkcs1 = AlipaySigner.FromPem(TestKeys.PrivatePkcs1Pem(TestKeys.App));
        using var pkcs8 = AlipaySigner.FromPem(TestKeys.PrivatePkcs8Pem(TestKeys.App));

        Assert.Equal(pkcs1.Sign("a=1&b=2"), pkcs8.Sign("a=1&b=2"));
    }

    [Fact]
    public void Request_verified_with_the_wrong_app_key_is_a_mismatch()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var p = Request();
        p["sign"] = signer.SignRequest(p);

        using var gateway = new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Other));
        Assert.Equal(VerificationFailure.SignatureMismatch, gateway.VerifyRequest(p).Failure);
    }
}
