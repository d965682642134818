using FacePay.Channels.Alipay;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayFormParametersTests
{
    // The plain definition the span-based parser must agree with on every input.
    private static List<KeyValuePair<string, string?>> Reference(string body) =>
    [
        .. body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            return new KeyValuePair<string, string?>(Unescape(name), Unescape(value));
        }),
    ];

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    [Fact]
    public void Plus_is_a_space_and_percent_escapes_are_utf8()
    {
        var pairs = AlipayFormParameters.Parse("subject=%E6%8B%BF%E9%93%81+Latte&gmt_create=2026-11-23+10%3A00%3A00&empty=&bare&&a%3Db=c%26d");

        Assert.Equal(
            [new("subject", "拿铁 Latte"), new("gmt_create", "2026-11-23 10:00:00"), new("empty", ""), new("bare", ""), new("a=b", "c&d")],
            pairs);
    }

    [Fact]
    public void Long_values_decode_like_short_ones()
    {
        var value = string.Concat(Enumerable.Repeat("%7B%22a%22%3A+1%7D", 200));

        Assert.Equal(Unescape(value), AlipayFormParameters.Parse("k=" + value)[0].Value);
    }

    [Property(MaxTest = 500)]
    public bool Parse_agrees_with_split_and_unescape_on_any_text(string? body) =>
        AlipayFormParameters.Parse(body ?? string.Empty).SequenceEqual(Reference(body ?? string.Empty));

    private static readonly string[] Fragments =
        ["%", "2", "B", "e", "6", "F", "+", "&", "=", "a", " ", "é", "中", "%C3", "%A9", "%zz", "%E6%8B%BF", "%FF", "%80", "%2", "%00", "%25", "%2B", "%26"];

    [Property(MaxTest = 1000)]
    public Property Parse_agrees_with_split_and_unescape_on_escape_heavy_text() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts))),
            body => AlipayFormParameters.Parse(body).SequenceEqual(Reference(body)));

    [Property(MaxTest = 300)]
    public bool Parse_agrees_with_split_and_unescape_on_encoded_forms(NonEmptyString[] names, string[] values)
    {
        var pairs = names.Zip(values, (n, v) => new KeyValuePair<string, string?>(n.Get, v)).ToList();
        var body = AlipayFormParameters.Encode(pairs) + "&x=%zz+%4";
        return AlipayFormParameters.Parse(body).SequenceEqual(Reference(body));
    }
}
