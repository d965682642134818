using FacePay.Reconciliation.Bills;

namespace FacePay.Reconciliation.Tests.Bills;

public sealed class BillAmountTests
{
    [Theory]
    [InlineData("12.34", 1234)]
    [InlineData("-2.34", -234)]
    [InlineData("0.5", 50)]
    [InlineData("7", 700)]
    [InlineData("0.01", 1)]
    [InlineData("922337203685477.58", 92233720368547758)]
    public void Yuan_text_parses_to_exact_fen(string text, long fen)
    {
        Assert.True(BillAmount.TryParseYuan(text, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.234")]
    [InlineData("1.")]
    [InlineData("1,00")]
    [InlineData("abc")]
    [InlineData("+1.00")]
    [InlineData("1e3")]
    public void Anything_else_is_not_an_amount(string text) => Assert.False(BillAmount.TryParseYuan(text, out _));
}
