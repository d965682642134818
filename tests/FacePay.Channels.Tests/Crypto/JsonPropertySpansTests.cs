using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Tests.Crypto;

public sealed class JsonPropertySpansTests
{
    private static string ValueOf(string json, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.True(JsonPropertySpans.TryFind(bytes, out var spans, out var error), error);
        return Encoding.UTF8.GetString(bytes.AsSpan()[spans[name]]);
    }

    [Fact]
    public void Object_value_is_returned_byte_for_byte_with_whitespace_and_escapes()
    {
        const string node = "{ \"a\" :\t\"x\\/y\\u4e2d\",\n \"b\": [1, 2.50, {\"c\":null}] }";
        var json = $"{{\"alipay_trade_pay_response\":{node},\"sign\":\"abc\"}}";
        Assert.Equal(node, ValueOf(json, "alipay_trade_pay_response"));
    }

    [Fact]
    public void String_value_span_includes_its_quotes()
    {
        Assert.Equal("\"abc\"", ValueOf("{\"sign\":\"abc\"}", "sign"));
    }

    [Fact]
    public void Value_is_found_whatever_the_property_order()
    {
        Assert.Equal("{\"code\":\"10000\"}", ValueOf("{\"sign\":\"s\",\"x_response\":{\"code\":\"10000\"}}", "x_response"));
    }

    [Fact]
    public void Leading_byte_order_mark_is_skipped_and_offsets_stay_exact()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"a\":{\"b\":1}}")).ToArray();
        Assert.True(JsonPropertySpans.TryFind(bytes, out var spans, out _));
        Assert.Equal("{\"b\":1}", Encoding.UTF8.GetString(bytes.AsSpan()[spans["a"]]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":1}{\"b\":2}")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"a\":}")]
    [InlineData("<html>502 Bad Gateway</html>")]
    public void Malformed_or_ambiguous_json_is_rejected(string json)
    {
        Assert.False(JsonPropertySpans.TryFind(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.NotEmpty(error);
    }
}
