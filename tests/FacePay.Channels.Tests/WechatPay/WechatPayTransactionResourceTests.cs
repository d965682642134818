using System.Text.Json;
using FacePay.Channels.Abstractions;
using FacePay.Channels.WechatPay;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.WechatPay;

/// <summary>The transaction resource is read forward-only for speed; it must read what a JsonDocument reads.</summary>
public sealed class WechatPayTransactionResourceTests
{
    private static readonly string[] Members =
    [
        "\"mchid\":\"1900000001\"", "\"appid\":\"wx1\"", "\"out_trade_no\":\"FP-1-1\"", "\"out_trade_no\":\"FP-2-1\"", "\"out_trade_no\":7",
        "\"transaction_id\":\"4200\"", "\"trade_state\":\"SUCCESS\"", "\"trade_state\":\"USERPAYING\"", "\"trade_state\":null",
        "\"success_time\":\"2026-11-23T20:00:05+08:00\"", "\"payer\":{\"openid\":\"o1\"}", "\"payer\":\"o2\"", "\"payer\":{\"openid\":3,\"x\":[1]}",
        "\"amount\":{\"total\":1234,\"currency\":\"CNY\"}", "\"amount\":{\"total\":\"1234\"}", "\"amount\":[1]", "\"amount\":{\"total\":1.5,\"currency\":{}}",
        "\"amount\":{\"total\":99999999999999999999}", "\"extra\":{\"deep\":[{\"a\":null}]}", "\"trade_state_desc\":\"\\u652f\\u4ed8\"",
    ];

    // The definition: a JsonDocument read with the tolerant field rules of JsonFields.
    private static WechatPayTransactionResource? Reference(string plaintext)
    {
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            var root = document.RootElement;
            var outTradeNo = Text(root, "out_trade_no");
            var state = Text(root, "trade_state");
            if (string.IsNullOrEmpty(outTradeNo) || string.IsNullOrEmpty(state))
            {
                return null;
            }

            var amount = Member(root, "amount");
            long? total = amount.ValueKind == JsonValueKind.Object && amount.TryGetProperty("total", out var t)
                && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var n) ? n : null;
            return new WechatPayTransactionResource(
                Text(root, "mchid"), Text(root, "appid"), outTradeNo, Text(root, "transaction_id"), state,
                WechatPayTradeStates.ToChannelStatus(state), total, Text(amount, "currency"), Text(Member(root, "payer"), "openid"), Text(root, "success_time"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    private static bool Agrees(string plaintext)
    {
        var parsed = WechatPayTransactionResource.Parse(plaintext);
        var expected = Reference(plaintext);
        return expected is null ? !parsed.IsValid : parsed.IsValid && parsed.Value == expected;
    }

    [Fact]
    public void A_full_transaction_reads_every_field()
    {
        var parsed = WechatPayTransactionResource.Parse("""{"mchid":"1900000001","appid":"wx1","out_trade_no":"FP-1-1","transaction_id":"4200","trade_state":"SUCCESS","success_time":"t","payer":{"openid":"o1"},"amount":{"total":1234,"payer_total":1234,"currency":"CNY"}}""");

        Assert.True(parsed.IsValid, parsed.Detail);
        Assert.Equal(new WechatPayTransactionResource("1900000001", "wx1", "FP-1-1", "4200", "SUCCESS", ChannelTradeStatus.Paid, 1234, "CNY", "o1", "t"), parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("{\"out_trade_no\":\"A\",\"trade_state\":\"SUCCESS\"} x")]
    [InlineData("{\"out_trade_no\":\"A\",\"trade_state\":\"SUCCESS\"")]
    public void Not_a_single_json_object_with_the_required_fields_is_malformed(string plaintext) => Assert.True(Agrees(plaintext) && !WechatPayTransactionResource.Parse(plaintext).IsValid);

    [Property(MaxTest = 1000)]
    public Property Any_mix_of_members_reads_as_a_json_document_reads_it() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements(Members)).Select(members => "{" + string.Join(',', members) + "}")),
            Agrees);

    [Property(MaxTest = 300)]
    public bool Random_text_reads_as_a_json_document_reads_it(string? text) => Agrees(text ?? string.Empty);
}
