using System.Text;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayValidatorTests : IDisposable
{
    private readonly WechatPayVerifierStore _store = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(WechatPayGoVectors.NotifyNow));

    public WechatPayValidatorTests()
    {
        _store.AddCertificatePem(WechatPayGoVectors.PlatformCertificate);
    }

    public void Dispose() => _store.Dispose();

    private WechatPayValidator Validator() => new(_store, _time);

    private static WechatPaySignatureHeaders VectorHeaders() => new(
        WechatPayGoVectors.NotifySerial, WechatPayGoVectors.NotifySignature, WechatPayGoVectors.NotifyTimestamp, WechatPayGoVectors.NotifyNonce);

    private static byte[] VectorBody => Encoding.UTF8.GetBytes(WechatPayGoVectors.NotifyBody);

    [Fact]
    public void Official_notification_vector_validates_at_its_fixed_time()
    {
        var result = Validator().Validate(VectorHeaders(), VectorBody);

        Assert.True(result.IsValid, result.Detail);
    }

    [Fact]
    public void Certificate_is_stored_under_its_serial()
    {
        Assert.Contains(WechatPayGoVectors.NotifySerial, _store.Serials);
    }

    [Fact]
    public void Serial_lookup_ignores_hex_case()
    {
        var headers = VectorHeaders() with { Serial = WechatPayGoVectors.NotifySerial.ToLowerInvariant() };

        Assert.True(Validator().Validate(headers, VectorBody).IsValid);
    }

    [Theory]
    [InlineData(299, true)]
    [InlineData(-299, true)]
    [InlineData(300, false)]
    [InlineData(-300, false)]
    [InlineData(86400, false)]
    public void Timestamp_300_seconds_or_more_from_now_is_stale(int clockOffsetSeconds, bool valid)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(WechatPayGoVectors.NotifyNow + clockOffsetSeconds));

        var result = new WechatPayValidator(_store, time).Validate(VectorHeaders(), VectorBody);

        Assert.Equal(valid ? VerificationFailure.None : VerificationFailure.StaleTimestamp, result.Failure);
    }

    [Fact]
    public void Unknown_serial_is_reported_before_any_signature_check()
    {
        var result = Validator().Validate(VectorHeaders() with { Serial = "PUB_KEY_ID_0000000000000000000000000000" }, VectorBody);

        Assert.Equal(VerificationFailure.UnknownSerial, result.Failure);
    }

    [Fact]
    public void Tampered_body_is_a_signature_mismatch()
    {
        var body = Encoding.UTF8.GetBytes(WechatPayGoVectors.NotifyBody.Replace("签约成功", "签约失败", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.SignatureMismatch, Validator().Validate(VectorHeaders(), body).Failure);
    }

    [Fact]
    public void Changed_nonce_is_a_signature_mismatch()
    {
        Assert.Equal(VerificationFailure.SignatureMismatch, Validator().Validate(VectorHeaders() with { Nonce = "X" }, VectorBody).Failure);
    }

    [Fact]
    public void Signature_by_another_key_under_a_known_serial_is_a_mismatch()
    {
        using var other = new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.Other));
        var headers = new WechatPayResponseSigner(WechatPayGoVectors.NotifySerial, other, _time).Sign(VectorBody);

        Assert.Equal(VerificationFailure.SignatureMismatch, Validator().Validate(headers, VectorBody).Failure);
    }

    [Theory]
    [InlineData(null, "s", "1", "n", VerificationFailure.MissingHeader)]
    [InlineData("D7CE59D1F522D701", null, "1", "n", VerificationFailure.MissingHeader)]
    [InlineData("D7CE59D1F522D701", "s", "", "n", VerificationFailure.MissingHeader)]
    [InlineData("D7CE59D1F522D701", "s", "1", null, VerificationFailure.MissingHeader)]
    [InlineData("D7CE59D1F522D701", "s", "16245238460000000000000", "n", VerificationFailure.MalformedTimestamp)]
    [InlineData("D7CE59D1F522D701", "s", "-1624523846", "n", VerificationFailure.MalformedTimestamp)]
    [InlineData("D7CE59D1F522D701", "s", "1624523846.5", "n", VerificationFailure.MalformedTimestamp)]
    [InlineData("D7CE59D1F522D701", "@@@", "1624523846", "n", VerificationFailure.MalformedSignature)]
    public void Missing_or_malformed_headers_fail_with_a_precise_reason(string? serial, string? signature, string? timestamp, string? nonce, VerificationFailure expected)
    {
        Assert.Equal(expected, Validator().Validate(new(serial, signature, timestamp, nonce), VectorBody).Failure);
    }

    [Fact]
    public void Sm2_signature_type_for_an_rsa_serial_finds_no_sm2_key()
    {
        var headers = VectorHeaders() with { SignatureType = "WECHATPAY2-SM2-WITH-SM3" };

        Assert.Equal(VerificationFailure.UnknownSerial, Validator().Validate(headers, VectorBody).Failure);
    }

    [Fact]
    public void Unknown_signature_type_is_unsupported()
    {
        var headers = VectorHeaders() with { SignatureType = "WECHATPAY2-SHA1-RSA1024" };

        Assert.Equal(VerificationFailure.UnsupportedAlgorithm, Validator().Validate(headers, VectorBody).Failure);
    }

    [Fact]
    public void Rsa_signature_type_header_validates_the_official_vector()
    {
        Assert.True(Validator().Validate(VectorHeaders() with { SignatureType = "WECHATPAY2-SHA256-RSA2048" }, VectorBody).IsValid);
    }

    [Fact]
    public void During_rotation_old_certificate_and_new_public_key_both_validate()
    {
        using var platform = new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        const string keyId = "PUB_KEY_ID_0114232134912410000000000000";
        _store.AddPublicKey(keyId, TestKeys.PublicPem(TestKeys.Alipay));
        var body = "{\"code\":\"SUCCESS\"}"u8.ToArray();
        var headers = new WechatPayResponseSigner(keyId, platform, _time).Sign(body);

        Assert.True(Validator().Validate(headers, body).IsValid);
        Assert.True(Validator().Validate(VectorHeaders(), VectorBody).IsValid);

        Assert.True(_store.Remove(WechatPayGoVectors.NotifySerial));
        Assert.Equal(VerificationFailure.UnknownSerial, Validator().Validate(VectorHeaders(), VectorBody).Failure);
        Assert.True(Validator().Validate(headers, body).IsValid);
    }

    [Fact]
    public void Public_key_ids_must_carry_the_documented_prefix()
    {
        Assert.Throws<ArgumentException>(() => _store.AddPublicKey("0114232134912410000000000000", TestKeys.PublicPem(TestKeys.Alipay)));
    }

    [Property(MaxTest = 300)]
    public bool Random_headers_and_body_never_throw_and_never_validate(string? serial, string? signature, string? timestamp, string? nonce, byte[]? body) =>
        !Validator().Validate(new(serial, signature, timestamp, nonce), body ?? []).IsValid;
}
