using System.Text;
using FacePay.Reconciliation.Bills;
using FacePay.Testing.Bills;

namespace FacePay.Reconciliation.Tests.Bills;

public sealed class AlipayBillReaderTests
{
    private static readonly BillLine[] Lines =
    [
        BillLine.Pay("order_0001_1", 1234),
        BillLine.Refund("order_0001_1", "order_0001_1_RR1", 234),
        BillLine.Pay("order_0002_1", 500),
        BillLine.Reversal("order_0002_1", 500),
    ];

    private static List<BillRecord> Read(byte[] zip) => [.. new AlipayBillReader().Read(new MemoryStream(zip))];

    private static byte[] ZipOfDetail(Func<string, string> edit)
    {
        using var text = new StringWriter();
        BillFiles.WriteAlipayDetail(text, Lines);
        var bytes = BillFiles.Gbk.GetBytes(edit(text.ToString()));
        using var output = new MemoryStream();
        BillFiles.WriteAlipayZip(output, detail => detail.Write(bytes));
        return output.ToArray();
    }

    [Fact]
    public void Alipay_bill_yields_payments_refunds_and_reversals_in_fen()
    {
        var records = Read(BillFiles.AlipayZip(Lines));

        Assert.Equal(4, records.Count);
        Assert.Equal((BillRecordKind.Payment, "order_0001_1", 1234L), (records[0].Kind, records[0].ChannelOutTradeNo, records[0].AmountFen));
        Assert.Equal((BillRecordKind.Refund, "order_0001_1_RR1", 234L), (records[1].Kind, records[1].ChannelOutRefundNo, records[1].AmountFen));
        Assert.Equal((BillRecordKind.Reversal, "order_0002_1", 500L), (records[3].Kind, records[3].ChannelOutTradeNo, records[3].AmountFen));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)), records[0].At);
        Assert.Equal(6, records[0].LineNumber);
    }

    [Fact]
    public void Totals_that_do_not_add_up_are_refused()
    {
        var zip = ZipOfDetail(text => text.Replace("#交易合计：2笔", "#交易合计：3笔", StringComparison.Ordinal));

        var error = Assert.Throws<BillFormatException>(() => Read(zip));
        Assert.Contains("do not add up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bill_without_its_footer_is_refused_as_truncated()
    {
        var error = Assert.Throws<BillFormatException>(() => Read(BillFiles.AlipayZip(Lines, footer: false)));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var header = BillFiles.AlipayHeader.Replace(",商户订单号,", ",", StringComparison.Ordinal);

        var error = Assert.Throws<BillFormatException>(() => Read(BillFiles.AlipayZip(Lines, header)));
        Assert.Contains("商户订单号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_GBK_are_refused_with_the_line()
    {
        using var text = new StringWriter();
        BillFiles.WriteAlipayDetail(text, Lines);
        var bytes = BillFiles.WithInvalidByteAfter(BillFiles.Gbk.GetBytes(text.ToString()), Encoding.ASCII.GetBytes("order_0001_1\t,"));
        using var output = new MemoryStream();
        BillFiles.WriteAlipayZip(output, detail => detail.Write(bytes));

        var error = Assert.Throws<BillFormatException>(() => Read(output.ToArray()));
        Assert.Contains("not valid GBK", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void A_truncated_zip_is_refused(int percentKept)
    {
        var zip = BillFiles.AlipayZip(Lines);

        var error = Assert.Throws<BillFormatException>(() => Read(zip[..(zip.Length * percentKept / 100)]));
        Assert.Contains("zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_wrong_field_count_is_refused()
    {
        var zip = ZipOfDetail(text => text.Replace("刷脸支付,", "刷脸,支付,", StringComparison.Ordinal));

        var error = Assert.Throws<BillFormatException>(() => Read(zip));
        Assert.Contains("fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_is_lazy_and_checks_the_footer_only_at_the_end()
    {
        var zip = ZipOfDetail(text => text.Replace("#交易合计：2笔", "#交易合计：9笔", StringComparison.Ordinal));

        using var records = new AlipayBillReader().Read(new MemoryStream(zip)).GetEnumerator();
        Assert.True(records.MoveNext());
        Assert.Equal("order_0001_1", records.Current.ChannelOutTradeNo);
        Assert.Throws<BillFormatException>(() =>
        {
            while (records.MoveNext())
            {
            }
        });
    }
}
