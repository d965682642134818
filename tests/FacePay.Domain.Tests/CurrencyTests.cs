namespace FacePay.Domain.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("CNY", 2)]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("HKD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    public void Known_codes_carry_their_ISO_4217_exponent(string code, int exponent)
    {
        Assert.Equal(exponent, Currency.FromCode(code).MinorUnitExponent);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("XXX")]
    [InlineData("")]
    [InlineData("CNYY")]
    public void Unknown_or_lower_case_codes_are_rejected(string code)
    {
        Assert.False(Currency.TryFromCode(code, out _));
        Assert.Throws<ArgumentException>(() => Currency.FromCode(code));
    }

    [Fact]
    public void Default_currency_is_not_known_and_has_no_exponent()
    {
        Currency none = default;

        Assert.False(none.IsKnown);
        Assert.Throws<InvalidOperationException>(() => none.MinorUnitExponent);
    }

    [Fact]
    public void Currencies_with_the_same_code_are_equal()
    {
        Assert.Equal(Currency.Cny, Currency.FromCode("CNY"));
    }
}
