using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FsCheck;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayNotificationVerifierTests
{
    private static AlipayNotificationVerifier Verifier() => new(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Alipay)));

    private static List<KeyValuePair<string, string?>> SignedNotification(Action<List<KeyValuePair<string, string?>>>? edit = null)
    {
        var p = new List<KeyValuePair<string, string?>>
        {
            new("notify_id", "2026112300222161821001551453140885"),
            new("notify_type", "trade_status_sync"),
            new("notify_time", "2026-11-23 20:00:01"),
            new("app_id", "2021000000000001"),
            new("out_trade_no", "FP-ORDER-1-1"),
            new("trade_no", "2026112322001401551430614892"),
            new("trade_status", "TRADE_SUCCESS"),
            new("total_amount", "12.34"),
            new("seller_id", "2088631240818980"),
            new("buyer_id", "2088812847201551"),
            new("subject", "面付 & more=1"),
            new("charset", "utf-8"),
            new("version", "1.0"),
        };
        edit?.Invoke(p);
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        p.Add(new("sign", signer.SignNotification(p)));
        p.Add(new("sign_type", "RSA2"));
        return p;
    }

    [Fact]
    public void Notification_signed_by_the_gateway_verifies_into_a_typed_notification()
    {
        var result = Verifier().Verify(SignedNotification());

        Assert.True(result.IsValid, result.Detail);
        var n = result.Value;
        Assert.Equal("2026112300222161821001551453140885", n.NotifyId);
        Assert.Equal("FP-ORDER-1-1", n.OutTradeNo);
        Assert.Equal("TRADE_SUCCESS", n.TradeStatus);
        Assert.Equal(1234L, n.TotalAmountFen);
        Assert.Null(n.RefundFeeFen);
        Assert.Equal("2088631240818980", n.SellerId);
    }

    [Fact]
    public void Notification_round_trips_through_the_form_encoding()
    {
        var body = AlipayFormParameters.Encode(SignedNotification());

        var result = Verifier().Verify(body);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal("面付 & more=1", result.Value.Parameters["subject"]);
    }

    [Fact]
    public void Sign_type_is_not_part_of_the_notification_content()
    {
        // Signed content excludes sign_type; a verifier that included it would reject this genuine notification.
        var p = SignedNotification();
        p.RemoveAll(kv => kv.Key == "sign_type");

        Assert.True(Verifier().Verify(p).IsValid);
    }

    [Fact]
    public void Tampered_amount_is_a_signature_mismatch()
    {
        var p = SignedNotification();
        var i = p.FindIndex(kv => kv.Key == "total_amount");
        p[i] = new("total_amount", "0.01");

        Assert.Equal(VerificationFailure.SignatureMismatch, Verifier().Verify(p).Failure);
    }

    [Fact]
    public void Notification_signed_with_another_key_is_a_signature_mismatch()
    {
        var p = SignedNotification();
        var verifier = new AlipayNotificationVerifier(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Other)));

        Assert.Equal(VerificationFailure.SignatureMismatch, verifier.Verify(p).Failure);
    }

    [Fact]
    public void Gopay_fake_notification_does_not_verify_against_its_published_key()
    {
        // The published fake "sign" is not even well-formed base64, so it fails before any RSA work.
        var verifier = new AlipayNotificationVerifier(AlipaySignatureVerifier.FromPem(GopayAlipayVectors.AlipayPublicKey));

        Assert.Equal(VerificationFailure.MalformedSignature, verifier.Verify(GopayAlipayVectors.FakeNotification).Failure);
    }

    [Fact]
    public void Missing_sign_is_reported()
    {
        var p = SignedNotification();
        p.RemoveAll(kv => kv.Key == "sign");

        Assert.Equal(VerificationFailure.MissingSignature, Verifier().Verify(p).Failure);
    }

    [Fact]
    public void Duplicate_parameter_is_rejected_as_malformed()
    {
        var p = SignedNotification();
        p.Add(new("total_amount", "0.01"));

        Assert.Equal(VerificationFailure.MalformedBody, Verifier().Verify(p).Failure);
    }

    [Fact]
    public void Rsa1_sign_type_is_unsupported()
    {
        var p = SignedNotification();
        p.RemoveAll(kv => kv.Key == "sign_type");
        p.Add(new("sign_type", "RSA"));

        Assert.Equal(VerificationFailure.UnsupportedAlgorithm, Verifier().Verify(p).Failure);
    }

    [Fact]
    public void Signed_but_malformed_amount_is_reported_as_malformed_amount()
    {
        var p = SignedNotification(list =>
        {
            list.RemoveAll(kv => kv.Key == "total_amount");
            list.Add(new("total_amount", "12.345"));
        });

        Assert.Equal(VerificationFailure.MalformedAmount, Verifier().Verify(p).Failure);
    }

    [Fact]
    public void Signed_notification_without_out_trade_no_is_malformed()
    {
        var p = SignedNotification(list => list.RemoveAll(kv => kv.Key == "out_trade_no"));

        Assert.Equal(VerificationFailure.MalformedBody, Verifier().Verify(p).Failure);
    }

    [Property(MaxTest = 300)]
    public bool Random_form_bodies_never_throw_and_never_verify(NonNull<string> body) =>
        !Verifier().Verify(body.Get).IsValid;
}
