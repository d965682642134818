using System.Text;
using FacePay.Reconciliation.Bills;
using FacePay.Testing.Bills;

namespace FacePay.Reconciliation.Tests.Bills;

public sealed class WechatPayBillReaderTests
{
    private static readonly BillLine[] Lines =
    [
        BillLine.Pay("order_0001_1", 100),
        BillLine.Pay("order_0002_1", 250),
        BillLine.Refund("order_0002_1", "order_0002_1_RR9", 50),
        BillLine.Reversal("order_0001_1", 100),
    ];

    private static List<BillRecord> Read(byte[] file) => [.. new WechatPayBillReader().Read(new MemoryStream(file))];

    [Fact]
    public void Plain_and_gzip_bills_yield_the_same_records_with_backticks_removed()
    {
        var csv = BillFiles.WechatCsv(Lines);

        var plain = Read(csv);
        var gzip = Read(BillFiles.Gzip(csv));

        Assert.Equal(plain, gzip);
        Assert.Equal(4, plain.Count);
        Assert.Equal((BillRecordKind.Payment, "order_0002_1", 250L), (plain[1].Kind, plain[1].ChannelOutTradeNo, plain[1].AmountFen));
        Assert.Equal((BillRecordKind.Refund, "order_0002_1_RR9", 50L), (plain[2].Kind, plain[2].ChannelOutRefundNo, plain[2].AmountFen));
        Assert.Equal((BillRecordKind.Reversal, 100L), (plain[3].Kind, plain[3].AmountFen));
    }

    [Fact]
    public void A_summary_that_does_not_add_up_is_refused()
    {
        var csv = Encoding.UTF8.GetString(BillFiles.WechatCsv(Lines)).Replace("`4,`3.50,", "`4,`3.51,", StringComparison.Ordinal);

        var error = Assert.Throws<BillFormatException>(() => Read(Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("does not add up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bill_without_its_summary_is_refused_as_truncated()
    {
        var error = Assert.Throws<BillFormatException>(() => Read(BillFiles.WechatCsv(Lines, summary: false)));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var header = BillFiles.WechatHeader.Replace(",商户订单号,", ",", StringComparison.Ordinal);

        var error = Assert.Throws<BillFormatException>(() => Read(BillFiles.WechatCsv(Lines, header)));
        Assert.Contains("商户订单号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_the_line()
    {
        var file = BillFiles.WithInvalidByteAfter(BillFiles.WechatCsv(Lines), Encoding.UTF8.GetBytes("交易时间"));

        var error = Assert.Throws<BillFormatException>(() => Read(file));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_is_refused()
    {
        var gzip = BillFiles.Gzip(BillFiles.WechatCsv(Lines));

        Assert.Throws<BillFormatException>(() => Read(gzip[..(gzip.Length / 2)]));
    }

    [Fact]
    public void An_unknown_trade_state_is_refused()
    {
        var csv = Encoding.UTF8.GetString(BillFiles.WechatCsv(Lines)).Replace("`SUCCESS,", "`NOTPAY,", StringComparison.Ordinal);

        var error = Assert.Throws<BillFormatException>(() => Read(Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("NOTPAY", error.Message, StringComparison.Ordinal);
    }
}
