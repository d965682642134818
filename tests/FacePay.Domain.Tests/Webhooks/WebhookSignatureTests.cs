using System.Text;
using FacePay.Domain.Webhooks;

namespace FacePay.Domain.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test_secret_0123456789";
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"evt_1\"}");

    [Fact]
    public void Header_is_hmac_sha256_over_timestamp_dot_body_matching_openssl()
    {
        // Reference value: printf '1700000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'whsec_test_secret_0123456789'
        var header = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);

        Assert.Equal("t=1700000000,v1=7e9a82a20098cf01f04d9c09f5a7459669bfecf51392ce3adb1445906fceff61", header);
    }

    [Fact]
    public void Verifier_accepts_what_the_signer_produced()
    {
        var header = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);

        var result = new WebhookSignatureVerifier(Secret).Verify(header, Body, SentAt.AddSeconds(30));

        Assert.Equal(WebhookVerificationResult.Valid, result);
    }

    [Fact]
    public void A_changed_body_byte_is_a_mismatch()
    {
        var header = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);
        var tampered = (byte[])Body.Clone();
        tampered[^2] ^= 1;

        Assert.Equal(WebhookVerificationResult.SignatureMismatch, new WebhookSignatureVerifier(Secret).Verify(header, tampered, SentAt));
    }

    [Fact]
    public void Another_secret_is_a_mismatch()
    {
        var header = new WebhookSigner("another_secret_of_enough_length").CreateHeaderValue(Body, SentAt);

        Assert.Equal(WebhookVerificationResult.SignatureMismatch, new WebhookSignatureVerifier(Secret).Verify(header, Body, SentAt));
    }

    [Fact]
    public void A_timestamp_moved_to_now_without_resigning_is_a_mismatch()
    {
        var header = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);
        var replayed = header.Replace("t=1700000000", "t=1700003600", StringComparison.Ordinal);

        var result = new WebhookSignatureVerifier(Secret).Verify(replayed, Body, SentAt.AddHours(1));

        Assert.Equal(WebhookVerificationResult.SignatureMismatch, result);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Timestamps_beyond_the_tolerance_are_stale(int secondsOff)
    {
        var header = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);

        var result = new WebhookSignatureVerifier(Secret).Verify(header, Body, SentAt.AddSeconds(secondsOff));

        Assert.Equal(WebhookVerificationResult.StaleTimestamp, result);
    }

    [Fact]
    public void Any_matching_v1_entry_is_enough_so_secrets_can_rotate()
    {
        var current = new WebhookSigner(Secret).CreateHeaderValue(Body, SentAt);
        var old = new WebhookSigner("the_previous_secret_0000").CreateHeaderValue(Body, SentAt);
        var both = old + "," + current[(current.IndexOf(',', StringComparison.Ordinal) + 1)..];

        Assert.Equal(WebhookVerificationResult.Valid, new WebhookSignatureVerifier(Secret).Verify(both, Body, SentAt));
    }

    [Theory]
    [InlineData(null, WebhookVerificationResult.MissingHeader)]
    [InlineData("", WebhookVerificationResult.MissingHeader)]
    [InlineData("v1=abc", WebhookVerificationResult.Malformed)]
    [InlineData("t=1700000000", WebhookVerificationResult.Malformed)]
    [InlineData("t=abc,v1=7e9a82a20098cf01f04d9c09f5a7459669bfecf51392ce3adb1445906fceff61", WebhookVerificationResult.Malformed)]
    [InlineData("t=1700000000,v1=zz", WebhookVerificationResult.Malformed)]
    [InlineData("t=1700000000,t=1700000000,v1=7e9a82a20098cf01f04d9c09f5a7459669bfecf51392ce3adb1445906fceff61", WebhookVerificationResult.Malformed)]
    [InlineData("garbage", WebhookVerificationResult.Malformed)]
    public void Missing_or_malformed_headers_are_refused(string? header, WebhookVerificationResult expected)
    {
        Assert.Equal(expected, new WebhookSignatureVerifier(Secret).Verify(header, Body, SentAt));
    }

    [Fact]
    public void Short_secrets_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WebhookSigner("short"));
        Assert.False(WebhookSigner.IsAcceptableSecret("short"));
    }

    [Fact]
    public void Fingerprint_is_a_sha256_prefix_and_does_not_contain_the_secret()
    {
        // Reference: printf 'whsec_test_secret_0123456789' | sha256sum | cut -c1-12
        var fingerprint = WebhookSigner.Fingerprint(Secret);

        Assert.Equal("sha256:4e66281b6940", fingerprint);
        Assert.DoesNotContain(Secret, fingerprint, StringComparison.Ordinal);
    }
}
