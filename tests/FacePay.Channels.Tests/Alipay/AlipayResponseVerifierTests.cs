using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FsCheck;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayResponseVerifierTests
{
    private static AlipayResponseVerifier VectorVerifier() =>
        new(AlipaySignatureVerifier.FromPem(GopayAlipayVectors.AlipayPublicKey));

    private static AlipayResponseVerifier GeneratedVerifier() =>
        new(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Alipay)));

    private static AlipaySigner GatewaySigner() => new(TestKeys.PrivateCopy(TestKeys.Alipay));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Gopay_real_response_verifies_over_the_raw_node_text()
    {
        var body = $"{{\"alipay_trade_pay_response\":{GopayAlipayVectors.SyncResponseNode},\"sign\":\"{GopayAlipayVectors.SyncResponseSign}\"}}";

        var result = VectorVerifier().Verify("alipay.trade.pay", Utf8(body));

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal("10000", result.Value.Code);
        Assert.Equal("Success", result.Value.Message);
        Assert.Equal(GopayAlipayVectors.SyncResponseNode, result.Value.RawJson);
        Assert.False(result.Value.IsErrorNode);
    }

    [Fact]
    public void Gopay_response_verifies_with_sign_first_and_cert_sn_present()
    {
        var body = $"{{\"sign\":\"{GopayAlipayVectors.SyncResponseSign}\",\"alipay_cert_sn\":\"abc\",\"alipay_trade_pay_response\":{GopayAlipayVectors.SyncResponseNode}}}";

        Assert.True(VectorVerifier().Verify("alipay.trade.pay", Utf8(body)).IsValid);
    }

    [Fact]
    public void Gopay_response_with_one_changed_byte_is_a_signature_mismatch()
    {
        var tampered = GopayAlipayVectors.SyncResponseNode.Replace("\"total_amount\":\"0.01\"", "\"total_amount\":\"0.02\"", StringComparison.Ordinal);
        var body = $"{{\"alipay_trade_pay_response\":{tampered},\"sign\":\"{GopayAlipayVectors.SyncResponseSign}\"}}";

        var result = VectorVerifier().Verify("alipay.trade.pay", Utf8(body));

        Assert.Equal(VerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Reformatted_node_no_longer_verifies_because_we_never_reserialize()
    {
        var spaced = GopayAlipayVectors.SyncResponseNode.Replace(",", ", ", StringComparison.Ordinal);
        var body = $"{{\"alipay_trade_pay_response\":{spaced},\"sign\":\"{GopayAlipayVectors.SyncResponseSign}\"}}";

        Assert.Equal(VerificationFailure.SignatureMismatch, VectorVerifier().Verify("alipay.trade.pay", Utf8(body)).Failure);
    }

    [Fact]
    public void Response_for_another_method_is_missing_its_node()
    {
        var body = $"{{\"alipay_trade_pay_response\":{GopayAlipayVectors.SyncResponseNode},\"sign\":\"{GopayAlipayVectors.SyncResponseSign}\"}}";

        Assert.Equal(VerificationFailure.ResponseNodeMissing, VectorVerifier().Verify("alipay.trade.query", Utf8(body)).Failure);
    }

    [Fact]
    public void Response_signed_with_another_key_is_a_signature_mismatch()
    {
        using var signer = GatewaySigner();
        var body = signer.BuildSignedResponseBody("alipay_trade_query_response", """{"code":"10000","msg":"Success","trade_status":"TRADE_SUCCESS"}""");

        Assert.Equal(VerificationFailure.SignatureMismatch, VectorVerifier().Verify("alipay.trade.query", Utf8(body)).Failure);
    }

    [Fact]
    public void Response_signed_by_our_gateway_emulator_round_trips_with_unicode_and_escapes()
    {
        const string node = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\",\"url\":\"a\\/b\"}";
        using var signer = GatewaySigner();
        var body = signer.BuildSignedResponseBody(AlipayResponseNode.For("alipay.trade.query"), node);

        var result = GeneratedVerifier().Verify("alipay.trade.query", Utf8(body));

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在"), (result.Value.Code, result.Value.SubCode, result.Value.SubMessage));
        Assert.Equal(node, result.Value.RawJson);
    }

    [Fact]
    public void Signed_error_response_verifies_and_is_flagged()
    {
        using var signer = GatewaySigner();
        var body = signer.BuildSignedResponseBody(AlipayResponseNode.Error, """{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"}""");

        var result = GeneratedVerifier().Verify("alipay.trade.pay", Utf8(body));

        Assert.True(result.IsValid, result.Detail);
        Assert.True(result.Value.IsErrorNode);
        Assert.Equal("isv.invalid-app-id", result.Value.SubCode);
    }

    [Fact]
    public void Unsigned_error_response_is_reported_as_such_not_trusted()
    {
        const string body = """{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature"}}""";

        var result = GeneratedVerifier().Verify("alipay.trade.pay", Utf8(body));

        Assert.Equal(VerificationFailure.UnsignedErrorResponse, result.Failure);
        Assert.Contains("isv.invalid-signature", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsigned_method_response_is_missing_signature()
    {
        const string body = """{"alipay_trade_pay_response":{"code":"10000","msg":"Success"}}""";

        Assert.Equal(VerificationFailure.MissingSignature, GeneratedVerifier().Verify("alipay.trade.pay", Utf8(body)).Failure);
    }

    [Theory]
    [InlineData("""{"alipay_trade_pay_response":{"code":"10000"},"sign":12}""", VerificationFailure.MalformedSignature)]
    [InlineData("""{"alipay_trade_pay_response":{"code":"10000"},"sign":"@@not base64@@"}""", VerificationFailure.MalformedSignature)]
    [InlineData("""{"alipay_trade_pay_response":{"code":"10000"},"sign":""}""", VerificationFailure.MissingSignature)]
    [InlineData("""{"alipay_trade_pay_response":"text","sign":"AAAA"}""", VerificationFailure.MalformedBody)]
    [InlineData("""{"alipay_trade_pay_response":{"msg":"no code"},"sign":"AAAA"}""", VerificationFailure.MalformedBody)]
    [InlineData("""<html>502</html>""", VerificationFailure.MalformedBody)]
    [InlineData("""{"alipay_trade_pay_response":{"code":"10000"},"alipay_trade_pay_response":{"code":"10000"},"sign":"AAAA"}""", VerificationFailure.MalformedBody)]
    public void Malformed_responses_fail_with_a_precise_reason(string body, VerificationFailure expected)
    {
        Assert.Equal(expected, GeneratedVerifier().Verify("alipay.trade.pay", Utf8(body)).Failure);
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw_and_never_verify(byte[] body)
    {
        var result = GeneratedVerifier().Verify("alipay.trade.pay", body ?? []);
        return !result.IsValid;
    }

    [Property(MaxTest = 300)]
    public bool Random_text_around_a_real_node_never_throws(NonNull<string> prefix, NonNull<string> suffix)
    {
        var body = prefix.Get + "{\"alipay_trade_pay_response\":" + GopayAlipayVectors.SyncResponseNode + ",\"sign\":\"" + suffix.Get + "\"}";
        var result = VectorVerifier().Verify("alipay.trade.pay", Utf8(body));
        return result.IsValid == (prefix.Get.Trim().Length == 0 && suffix.Get == GopayAlipayVectors.SyncResponseSign) || !result.IsValid;
    }
}
