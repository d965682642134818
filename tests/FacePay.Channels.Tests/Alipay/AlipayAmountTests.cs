using FacePay.Channels.Alipay;
using FsCheck;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayAmountTests
{
    [Theory]
    [InlineData(0L, "0.00")]
    [InlineData(1L, "0.01")]
    [InlineData(10L, "0.10")]
    [InlineData(1234L, "12.34")]
    [InlineData(100000L, "1000.00")]
    [InlineData(long.MaxValue, "92233720368547758.07")]
    public void Format_writes_yuan_with_exactly_two_decimals(long fen, string expected)
    {
        Assert.Equal(expected, AlipayAmount.Format(fen));
    }

    [Fact]
    public void Format_rejects_negative_amounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlipayAmount.Format(-1));
    }

    [Theory]
    [InlineData("12.34", 1234L)]
    [InlineData("0.01", 1L)]
    [InlineData("0.1", 10L)]
    [InlineData("12", 1200L)]
    [InlineData("0", 0L)]
    [InlineData("100.00", 10000L)]
    public void Parse_reads_yuan_into_fen_exactly(string yuan, long expected)
    {
        Assert.Equal(expected, AlipayAmount.Parse(yuan));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 1.00")]
    [InlineData("1.00 ")]
    [InlineData("-1.00")]
    [InlineData("+1.00")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.234")]
    [InlineData("1,00")]
    [InlineData("1e2")]
    [InlineData("01.00")]
    [InlineData("1.0.0")]
    [InlineData("NaN")]
    [InlineData("１.00")]
    [InlineData("999999999999999999.00")]
    public void Parse_rejects_malformed_amounts(string? yuan)
    {
        Assert.False(AlipayAmount.TryParse(yuan, out _));
        Assert.Throws<FormatException>(() => AlipayAmount.Parse(yuan));
    }

    [Property]
    public bool Format_then_parse_round_trips(NonNegativeInt fen) =>
        AlipayAmount.Parse(AlipayAmount.Format(fen.Get)) == fen.Get;

    [Property]
    public bool Format_then_parse_round_trips_large_values(long value)
    {
        var fen = value == long.MinValue ? long.MaxValue : Math.Abs(value);
        return AlipayAmount.Parse(AlipayAmount.Format(fen)) == fen;
    }

    [Property]
    public bool TryParse_never_throws_on_arbitrary_text(string? text)
    {
        _ = AlipayAmount.TryParse(text, out _);
        return true;
    }
}
