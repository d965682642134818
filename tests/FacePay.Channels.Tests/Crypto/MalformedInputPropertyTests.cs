using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.WechatPay;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.Crypto;

/// <summary>Parsers and verifiers fed random or mangled input answer with typed failures, never exceptions.</summary>
public sealed class MalformedInputPropertyTests
{
    private const string Node = """{"code":"10000","msg":"Success","trade_no":"T1","total_amount":"12.34"}""";
    private static readonly Lazy<byte[]> SignedBody = new(() =>
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        return Encoding.UTF8.GetBytes(signer.BuildSignedResponseBody("alipay_trade_query_response", Node));
    });

    private static readonly Lazy<AlipayResponseVerifier> Verifier = new(() => new AlipayResponseVerifier(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Alipay))));

    [Property(MaxTest = 500)]
    public bool Json_span_finder_never_throws_on_random_bytes(byte[]? bytes)
    {
        _ = JsonPropertySpans.TryFind(bytes ?? [], out _, out _);
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Json_span_finder_never_throws_on_random_text(string? text)
    {
        _ = JsonPropertySpans.TryFind(Encoding.UTF8.GetBytes(text ?? string.Empty), out _, out _);
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Truncating_a_signed_response_never_verifies_and_never_throws(PositiveInt cut)
    {
        var body = SignedBody.Value;
        var length = cut.Get % body.Length;

        return !Verifier.Value.Verify("alipay.trade.query", body.AsSpan(0, length)).IsValid;
    }

    [Property(MaxTest = 300)]
    public bool Flipping_any_byte_of_the_signed_node_never_verifies(PositiveInt position, byte replacement)
    {
        var body = (byte[])SignedBody.Value.Clone();
        var start = "{\"alipay_trade_query_response\":".Length;
        var index = start + (position.Get % Node.Length);
        if (body[index] == replacement)
        {
            return true;
        }

        body[index] = replacement;
        return !Verifier.Value.Verify("alipay.trade.query", body).IsValid;
    }

    [Property(MaxTest = 500)]
    public bool Form_parser_never_throws(string? body)
    {
        _ = AlipayFormParameters.Parse(body ?? string.Empty);
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Authorization_parser_never_throws(string? header)
    {
        _ = WechatPayAuthorization.TryParse(header, out _);
        _ = WechatPayAuthorization.TryParse(WechatPayAuthorization.Scheme + " " + header, out _);
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Request_verifier_rejects_random_authorization_headers(string? header, NonEmptyString url, string? body)
    {
        using var keys = new WechatPayVerifierStore();
        keys.AddKey("S", TestKeys.PublicCopy(TestKeys.App));
        var verifier = new WechatPayRequestVerifier(keys, new FakeTimeProvider());
        return !verifier.Verify(header, "POST", url.Get, body ?? string.Empty).IsValid;
    }

    [Property(MaxTest = 300)]
    public bool Signature_check_never_throws_on_random_signatures(string? signature, byte[]? data) =>
        Sha256WithRsa.Verify(TestKeys.Alipay, data ?? [], signature) != VerificationFailure.None;

    [Property(MaxTest = 200)]
    public bool Notification_bodies_with_random_resources_fail_with_a_typed_reason(string? nonce, string? ciphertext, string? associatedData)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "n1",
            event_type = "TRANSACTION.SUCCESS",
            resource = new { algorithm = "AEAD_AES_256_GCM", nonce, ciphertext, associated_data = associatedData },
        });
        var result = new WechatPayNotificationDecryptor("0123456789abcdefghijklmnopqrstuv").DecryptNotification(Encoding.UTF8.GetBytes(body));
        return !result.IsValid && result.Failure != VerificationFailure.None;
    }
}
