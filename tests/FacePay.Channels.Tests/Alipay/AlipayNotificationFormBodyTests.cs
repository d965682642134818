using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FsCheck;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

/// <summary>
/// A form body is verified in one pass (parameters and signed bytes together); the signed bytes must be exactly the
/// UTF-8 of <see cref="AlipaySignatureContent.ForNotification"/> over <see cref="AlipayFormParameters.Parse"/>, and the
/// outcome the same as verifying the parsed pairs, whatever the body's encoding.
/// </summary>
public sealed class AlipayNotificationFormBodyTests
{
    private const string Required = "notify_id=N1&app_id=2021000000000001&out_trade_no=FP-1-1&total_amount=12.34";

    private static AlipayNotificationVerifier Verifier() => new(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Alipay)));

    // Signs what the pair path would verify, and appends sign and sign_type as the gateway does.
    private static string Signed(string body)
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        var sign = signer.Sign(AlipaySignatureContent.ForNotification(AlipayFormParameters.Parse(body)));
        return $"{body}&sign={Uri.EscapeDataString(sign)}&sign_type=RSA2";
    }

    [Theory]
    [InlineData("subject=%E9%9D%A2%E4%BB%98+x")] // percent-encoded UTF-8 and a plus
    [InlineData("subject=面付 raw")] // raw non-ASCII characters
    [InlineData("body=100%25+%zz+%4")] // malformed escapes stay as written
    [InlineData("body=%FF%FE")] // invalid UTF-8 stays escaped
    [InlineData("body=%ED%A0%80")] // an encoded surrogate is invalid UTF-8
    [InlineData("body=\ud800x")] // a lone surrogate as received
    [InlineData("empty=&=nameless&flag&&trailing=1&")] // empty values and names, a bare name, empty parts
    [InlineData("x%5Fy=1&%E5%90%8D=%E5%80%BC&Z=upper&a=lower")] // encoded names, ordinal (not cultural) order
    [InlineData("passback_params=a%3Db%26c%3Dd")] // an encoded '=' and '&' inside a value
    public void Body_with_unusual_encoding_verifies_as_its_parsed_pairs_do(string extra)
    {
        var body = Signed($"{Required}&{extra}");

        var fromBody = Verifier().Verify(body);
        var fromPairs = Verifier().Verify(AlipayFormParameters.Parse(body));

        Assert.True(fromBody.IsValid, fromBody.Detail);
        Assert.True(fromPairs.IsValid, fromPairs.Detail);
        Assert.Equal(fromPairs.Value.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal), fromBody.Value.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Body_whose_signature_covers_other_bytes_is_a_mismatch()
    {
        var body = Signed($"{Required}&subject=%E9%9D%A2").Replace("subject=%E9%9D%A2", "subject=%E9%9D%A3", StringComparison.Ordinal);

        Assert.Equal(VerificationFailure.SignatureMismatch, Verifier().Verify(body).Failure);
    }

    [Fact]
    public void Name_sent_twice_once_percent_encoded_is_refused_with_the_same_reason_as_the_pairs()
    {
        var body = Signed($"{Required}&app%5Fid=2021000000000002");

        var fromBody = Verifier().Verify(body);
        var fromPairs = Verifier().Verify(AlipayFormParameters.Parse(body));

        Assert.Equal(VerificationFailure.MalformedBody, fromBody.Failure);
        Assert.Equal(fromPairs.Detail, fromBody.Detail);
    }

    [Fact]
    public void Empty_sign_type_is_not_signed_and_not_refused()
    {
        var body = Signed(Required).Replace("&sign_type=RSA2", "&sign_type=", StringComparison.Ordinal);

        Assert.True(Verifier().Verify(body).IsValid);
    }

    [Property(MaxTest = 100)]
    public bool Any_signed_names_and_values_verify_from_the_body(NonNull<string> name, NonNull<string> value)
    {
        var body = Signed($"{Required}&{Uri.EscapeDataString(name.Get)}={Uri.EscapeDataString(value.Get)}");

        var fromBody = Verifier().Verify(body);
        var fromPairs = Verifier().Verify(AlipayFormParameters.Parse(body));
        return fromBody.Failure == fromPairs.Failure && fromBody.Detail == fromPairs.Detail;
    }
}
