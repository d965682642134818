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
