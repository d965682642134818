using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPaySignerTests
{
    [Fact]
    public void Official_sdk_key_signs_source_to_the_published_signature()
    {
        using var signer = WechatPaySigner.FromPem(WechatPayGoVectors.PrivateKeyPem);

        Assert.Equal(WechatPayGoVectors.ExpectedSignature, signer.Sign(WechatPayGoVectors.Message));
    }

    [Fact]
    public void Published_signature_verifies_with_the_sdk_platform_certificate_key()
    {
        using var publicKey = RsaKeyLoader.LoadPublicKey(WechatPayGoVectors.PlatformCertificate);

        Assert.Equal(VerificationFailure.None, Sha256WithRsa.Verify(publicKey, "source"u8, WechatPayGoVectors.ExpectedSignature));
    }

    [Fact]
    public void Request_message_has_five_lines_each_ending_in_newline()
    {
        Assert.Equal(
            "POST\n/v3/pay/transactions/codepay\n1624523846\nNONCE\n{\"a\":1}\n",
            WechatPaySignatureMessage.ForRequest("post", "/v3/pay/transactions/codepay", 1624523846, "NONCE", "{\"a\":1}"));
        Assert.Equal("GET\n/v3/x?mchid=1\n1\nN\n\n", WechatPaySignatureMessage.ForRequest("GET", "/v3/x?mchid=1", 1, "N", string.Empty));
    }

    [Fact]
    public void Authorization_header_has_the_exact_documented_shape_and_known_signature()
    {
        using var signer = WechatPaySigner.FromPem(WechatPayGoVectors.PrivateKeyPem);
        var authorization = new WechatPayAuthorization(WechatPayGoVectors.MchId, WechatPayGoVectors.MerchantCertificateSerial, signer, TimeProvider.System);
        const string url = "/v3/pay/transactions/out-trade-no/FP1?mchid=1234567890";

        var header = authorization.Build("GET", url, string.Empty, 1624523846, "593BEC0C930BF1AFEB40B4A08C8FB242");

        var expectedSignature = signer.Sign($"GET\n{url}\n1624523846\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n");
        Assert.Equal(
            $"WECHATPAY2-SHA256-RSA2048 mchid=\"1234567890\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",timestamp=\"1624523846\",serial_no=\"F5765756002FDD77\",signature=\"{expectedSignature}\"",
            header);
    }

    [Fact]
    public void Authorization_uses_the_injected_clock_and_a_fresh_32_character_nonce()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        using var signer = new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var authorization = new WechatPayAuthorization("1900000001", "ABC", signer, time);

        Assert.True(WechatPayAuthorization.TryParse(authorization.Build("GET", "/v3/x", string.Empty), out var first));
        Assert.True(WechatPayAuthorization.TryParse(authorization.Build("GET", "/v3/x", string.Empty), out var second));

        Assert.Equal("1700000000", first!.Timestamp);
        Assert.Equal(32, first.NonceStr.Length);
        Assert.NotEqual(first.NonceStr, second!.NonceStr);
    }

    [Fact]
    public void Gateway_verifies_a_request_signed_by_the_merchant_and_rejects_a_changed_body()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        using var signer = new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var authorization = new WechatPayAuthorization("1900000001", "MERCHANT-SERIAL", signer, time);
        using var merchantKeys = new WechatPayVerifierStore();
        merchantKeys.AddKey("MERCHANT-SERIAL", TestKeys.PublicCopy(TestKeys.App));
        var verifier = new WechatPayRequestVerifier(merchantKeys, time);
        const string body = "{\"out_trade_no\":\"FP1\"}";
        var header = authorization.Build("POST", "/v3/pay/transactions/codepay", body);

        var ok = verifier.Verify(header, "POST", "/v3/pay/transactions/codepay", body);
        var tampered = verifier.Verify(header, "POST", "/v3/pay/transactions/codepay", body.Replace("FP1", "FP2", StringComparison.Ordinal));

        Assert.True(ok.IsValid, ok.Detail);
        Assert.Equal("1900000001", ok.Value.MchId);
        Assert.Equal(VerificationFailure.SignatureMismatch, tampered.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=\"1\",nonce_str=\"n\"")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=\"1\",mchid=\"2\",nonce_str=\"n\",timestamp=\"1\",serial_no=\"s\",signature=\"x\"")]
    public void Malformed_authorization_headers_do_not_parse(string? header)
    {
        Assert.False(WechatPayAuthorization.TryParse(header, out _));
    }
}
