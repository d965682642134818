using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPaySm2SchemeTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

    [Fact]
    public void Sm2_authorization_header_verifies_on_the_gateway_with_the_merchant_sm2_certificate()
    {
        var authorization = new WechatPayAuthorization("1900000001", SkitSmVectors.Sm2CertificateSerial, WechatPaySm2Signer.FromPem(SkitSmVectors.Sm2PrivateKey), _time);
        using var merchantKeys = new WechatPayVerifierStore();
        merchantKeys.AddSm2CertificatePem(SkitSmVectors.Sm2Certificate);
        var verifier = new WechatPayRequestVerifier(merchantKeys, _time);
        const string body = "{\"out_trade_no\":\"FP1\"}";

        var header = authorization.Build("POST", "/v3/pay/transactions/codepay", body);
        var ok = verifier.Verify(header, "POST", "/v3/pay/transactions/codepay", body);
        var tampered = verifier.Verify(header, "POST", "/v3/pay/transactions/codepay", body + " ");

        Assert.StartsWith("WECHATPAY2-SM2-WITH-SM3 mchid=\"1900000001\",", header, StringComparison.Ordinal);
        Assert.True(ok.IsValid, ok.Detail);
        Assert.Equal(WechatPayAuthorization.Sm2Scheme, ok.Value.Scheme);
        Assert.Equal(VerificationFailure.SignatureMismatch, tampered.Failure);
    }

    [Fact]
    public void Sm2_header_for_a_serial_that_only_has_an_rsa_key_is_an_unknown_serial()
    {
        var authorization = new WechatPayAuthorization("1900000001", "RSA-SERIAL", WechatPaySm2Signer.FromPem(SkitSmVectors.Sm2PrivateKey), _time);
        using var merchantKeys = new WechatPayVerifierStore();
        merchantKeys.AddKey("RSA-SERIAL", TestKeys.PublicCopy(TestKeys.App));

        var result = new WechatPayRequestVerifier(merchantKeys, _time).Verify(authorization.Build("GET", "/v3/x", string.Empty), "GET", "/v3/x", string.Empty);

        Assert.Equal(VerificationFailure.UnknownSerial, result.Failure);
    }

    [Fact]
    public void Sm2_signed_gateway_answer_validates_on_the_client()
    {
        var signer = new WechatPayResponseSigner(SkitSmVectors.Sm2CertificateSerial, WechatPaySm2Signer.FromPem(SkitSmVectors.Sm2PrivateKey), _time);
        using var store = new WechatPayVerifierStore();
        store.AddSm2CertificatePem(SkitSmVectors.Sm2Certificate);
        var body = "{\"trade_state\":\"SUCCESS\"}"u8.ToArray();

        var headers = signer.Sign(body);

        Assert.Equal(WechatPayAuthorization.Sm2Scheme, headers.SignatureType);
        Assert.True(new WechatPayValidator(store, _time).Validate(headers, body).IsValid);
    }
}
