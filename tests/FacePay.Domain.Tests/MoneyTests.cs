namespace FacePay.Domain.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1234, "CNY", "12.34")]
    [InlineData(5, "CNY", "0.05")]
    [InlineData(-5, "CNY", "-0.05")]
    [InlineData(0, "USD", "0.00")]
    [InlineData(100, "EUR", "1.00")]
    [InlineData(1234, "JPY", "1234")]
    [InlineData(-1234, "KRW", "-1234")]
    [InlineData(1234, "KWD", "1.234")]
    [InlineData(long.MaxValue, "CNY", "92233720368547758.07")]
    [InlineData(long.MinValue, "CNY", "-92233720368547758.08")]
    public void Formats_minor_units_as_exact_major_unit_string(long minorUnits, string code, string expected)
    {
        var money = Money.Of(minorUnits, code);

        Assert.Equal(expected, money.ToMajorUnitString());
        Assert.Equal(money, Money.ParseMajorUnits(expected, money.Currency));
    }

    [Theory]
    [InlineData("12.3", "CNY", 1230)]
    [InlineData("12", "CNY", 1200)]
    [InlineData("0.01", "CNY", 1)]
    [InlineData("-0.01", "CNY", -1)]
    [InlineData("007", "JPY", 7)]
    [InlineData("1.2", "KWD", 1200)]
    public void Parses_major_units_with_fewer_decimals_exactly(string text, string code, long expectedMinorUnits)
    {
        Assert.Equal(Money.Of(expectedMinorUnits, code), Money.ParseMajorUnits(text, Currency.FromCode(code)));
    }

    [Theory]
    [InlineData("12.345", "CNY")]
    [InlineData("12.340", "CNY")]
    [InlineData("12.", "CNY")]
    [InlineData(".5", "CNY")]
    [InlineData("1.5", "JPY")]
    [InlineData("+1.00", "CNY")]
    [InlineData(" 1.00", "CNY")]
    [InlineData("1,000.00", "CNY")]
    [InlineData("1e3", "CNY")]
    [InlineData("-", "CNY")]
    [InlineData("", "CNY")]
    [InlineData("１２", "JPY")]
    [InlineData("92233720368547758.08", "CNY")]
    [InlineData("-92233720368547758.09", "CNY")]
    [InlineData("99999999999999999999999", "JPY")]
    public void Rejects_inexact_or_malformed_major_unit_strings(string text, string code)
    {
        Assert.False(Money.TryParseMajorUnits(text, Currency.FromCode(code), out _));
        Assert.Throws<FormatException>(() => Money.ParseMajorUnits(text, Currency.FromCode(code)));
    }

    [Fact]
    public void Adds_and_subtracts_in_the_same_currency()
    {
        var a = Money.Of(1234, "CNY");
        var b = Money.Of(66, "CNY");

        Assert.Equal(Money.Of(1300, "CNY"), a + b);
        Assert.Equal(Money.Of(1168, "CNY"), a - b);
        Assert.True(b < a);
    }

    [Fact]
    public void Adding_different_currencies_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Of(1, "CNY") + Money.Of(1, "USD"));
        Assert.Throws<InvalidOperationException>(() => Money.Of(1, "CNY") < Money.Of(1, "USD"));
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => Money.Of(long.MaxValue, "CNY") + Money.Of(1, "CNY"));
        Assert.Throws<OverflowException>(() => Money.Of(long.MinValue, "CNY") - Money.Of(1, "CNY"));
        Assert.Throws<OverflowException>(() => -Money.Of(long.MinValue, "CNY"));
    }

    [Fact]
    public void Same_minor_units_in_different_currencies_are_not_equal()
    {
        Assert.NotEqual(Money.Of(100, "CNY"), Money.Of(100, "HKD"));
    }

    [Fact]
    public void Money_needs_a_known_currency()
    {
        Assert.Throws<ArgumentException>(() => new Money(1, default));
        Assert.Throws<ArgumentException>(() => Money.Of(1, "XXX"));
    }

    [Fact]
    public void ToString_shows_major_units_and_code()
    {
        Assert.Equal("12.34 CNY", Money.Of(1234, "CNY").ToString());
    }
}
