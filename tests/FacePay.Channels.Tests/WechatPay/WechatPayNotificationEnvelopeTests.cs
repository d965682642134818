using System.Text;
using System.Text.Json;
using FacePay.Channels.Crypto;
using FacePay.Channels.WechatPay;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.WechatPay;

/// <summary>The notification envelope is read by hand for speed; it must read what the JSON serializer reads.</summary>
public sealed class WechatPayNotificationEnvelopeTests
{
    private const string Key = "0123456789abcdefghijklmnopqrstuv";
    private static readonly JsonSerializerOptions SerializerOptions = new() { MaxDepth = 16 };

    // As WeChat Pay writes its bodies: '+' and Chinese text literally, not as \u escapes.
    private static readonly JsonSerializerOptions RelaxedOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static VerificationResult<WechatPayNotification> Decrypt(string body)
    {
        using var decryptor = new WechatPayNotificationDecryptor(Key);
        return decryptor.DecryptNotification(Encoding.UTF8.GetBytes(body));
    }

    private static string Resource(string plaintext = """{"out_trade_no":"FP1"}""")
    {
        var resource = new WechatPayResourceEncryptor(Key).EncryptResource(plaintext, "transaction", "transaction");
        return JsonSerializer.Serialize(resource);
    }

    [Fact]
    public void Unknown_members_are_skipped_and_the_last_duplicate_wins()
    {
        var body = $$"""{"extra":{"deep":[1,{"x":null}]},"id":"first","id":"EV-9","event_type":"TRANSACTION.SUCCESS","summary":"\u652f\u4ed8","resource":{{Resource()}},"more":true}""";

        var result = Decrypt(body);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(("EV-9", "支付", """{"out_trade_no":"FP1"}"""), (result.Value.Id, result.Value.Summary, result.Value.Plaintext));
    }

    [Fact]
    public void Escaped_and_plain_spellings_of_the_ciphertext_decrypt_alike()
    {
        // The first of a fixed series of nonces whose ciphertext holds a '+' (which the default encoder escapes).
        var encryptor = new WechatPayResourceEncryptor(Key);
        var (nonce, ciphertext) = Enumerable.Range(0, 1000)
            .Select(i => $"nonce{i:D7}")
            .Select(n => (n, encryptor.Encrypt("""{"out_trade_no":"FP+1/2"}""", "transaction", n)))
            .First(c => c.Item2.Contains('+', StringComparison.Ordinal));
        var resource = new WechatPayEncryptedResource(WechatPayEncryptedResource.AesGcmAlgorithm, ciphertext, "transaction", nonce, "transaction");
        var escaped = JsonSerializer.Serialize(new WechatPayNotificationEnvelope("EV-1", null, "TRANSACTION.SUCCESS", null, null, resource));
        var plain = JsonSerializer.Serialize(new WechatPayNotificationEnvelope("EV-1", null, "TRANSACTION.SUCCESS", null, null, resource), RelaxedOptions);
        Assert.Contains("\\u002B", escaped, StringComparison.Ordinal);
        Assert.Contains("+", plain, StringComparison.Ordinal);

        Assert.Equal("""{"out_trade_no":"FP+1/2"}""", Decrypt(escaped).GetValueOrThrow().Plaintext);
        Assert.Equal("""{"out_trade_no":"FP+1/2"}""", Decrypt(plain).GetValueOrThrow().Plaintext);
    }

    [Fact]
    public void Ciphertext_that_is_not_utf8_makes_the_body_malformed_as_for_the_serializer()
    {
        var text = """{"id":"A","event_type":"E","resource":{"algorithm":"AEAD_AES_256_GCM","ciphertext":"QUJD@","nonce":"0123456789ab"}}""";
        var body = Encoding.UTF8.GetBytes(text);
        body[text.IndexOf('@', StringComparison.Ordinal)] = 0xFF;
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WechatPayNotificationEnvelope>(body, SerializerOptions));

        using var decryptor = new WechatPayNotificationDecryptor(Key);

        Assert.Equal(VerificationFailure.MalformedBody, decryptor.DecryptNotification(body).Failure);
    }

    [Fact]
    public void Escaped_spellings_of_the_usual_values_read_as_those_values()
    {
        var body = $$"""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS","resource_type":"encrypt-resource","summary":"支付成功","resource":{{Resource()}}}""";

        var notification = Decrypt(body).GetValueOrThrow();

        Assert.Equal(("TRANSACTION.SUCCESS", "encrypt-resource", "支付成功"), (notification.EventType, notification.ResourceType, notification.Summary));
    }

    [Theory]
    [InlineData("event_type", "\\uD800")]
    [InlineData("summary", "\\uDC00x")]
    [InlineData("resource_type", "\\uD83D")]
    public void Invalid_escapes_in_the_usual_values_make_the_body_malformed(string member, string value)
    {
        var body = $$"""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS","{{member}}":"{{value}}","resource":{{Resource()}}}""";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WechatPayNotificationEnvelope>(body, SerializerOptions));

        Assert.Equal(VerificationFailure.MalformedBody, Decrypt(body).Failure);
    }

    [Theory]
    [InlineData("""{"id":1,"event_type":"E","resource":null}""")]
    [InlineData("""{"id":"A","event_type":"E","resource":"text"}""")]
    [InlineData("""{"id":"A","event_type":"E","resource":{"ciphertext":["x"]}}""")]
    [InlineData("""{"id":"A","event_type":"E"} {}""")]
    [InlineData("""{"id":"A","event_type":"E",""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    [InlineData("")]
    [InlineData("""{"ID":"A","EVENT_TYPE":"E","resource":{}}""")]
    public void Bodies_that_are_not_an_envelope_are_malformed(string body)
    {
        Assert.Equal(VerificationFailure.MalformedBody, Decrypt(body).Failure);
    }

    [Fact]
    public void Nesting_deeper_than_sixteen_levels_is_malformed()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 20)) + string.Concat(Enumerable.Repeat("]", 20));

        Assert.Equal(VerificationFailure.MalformedBody, Decrypt($$"""{"id":"A","event_type":"E","x":{{deep}}}""").Failure);
    }

    [Property(MaxTest = 500)]
    public bool Random_text_is_rejected_exactly_when_the_serializer_rejects_it_and_never_throws(string? text)
    {
        var body = text ?? string.Empty;
        bool serializerReads;
        try
        {
            serializerReads = JsonSerializer.Deserialize<WechatPayNotificationEnvelope>(body, SerializerOptions) is { Id.Length: > 0, EventType.Length: > 0, Resource: not null };
        }
        catch (JsonException)
        {
            serializerReads = false;
        }

        var failure = Decrypt(body).Failure;
        return serializerReads ? failure != VerificationFailure.MalformedBody : failure == VerificationFailure.MalformedBody;
    }
}
