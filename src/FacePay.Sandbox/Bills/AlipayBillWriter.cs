using System.Globalization;
using System.IO.Compression;
using System.Text;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Bills;

/// <summary>
/// Alipay's daily bill: a zip holding a detail CSV and a summary CSV, GBK encoded, with <c>#</c> header and footer
/// lines (the summary of the detail file is in its footer).
/// </summary>
internal static class AlipayBillWriter
{
    private const string DetailHeader = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";

    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    public static byte[] Write(string billType, DateOnly date, IReadOnlyList<SandboxTradeSnapshot> trades, string sellerId, DateTimeOffset now, BillFaults faults)
    {
        var rows = new List<string>();
        long paidCount = 0, paidFen = 0, refundCount = 0, refundFen = 0;
        foreach (var trade in trades.Where(t => t.Channel == SandboxChannel.Alipay && t.TradeNo.Length > 0))
        {
            if (trade.PaidAt is { } paidAt && BeijingTime.Date(paidAt) == date)
            {
                paidCount++;
                paidFen += trade.AmountFen;
                rows.Add(Row(trade, "交易", trade.CreatedAt, paidAt, trade.AmountFen, string.Empty));
                if (faults.DuplicateTradeNos.Contains(trade.OutTradeNo))
                {
                    // Counted in the footer too: the bill is self-consistent, it just holds the line twice.
                    rows.Add(rows[^1]);
                    paidCount++;
                    paidFen += trade.AmountFen;
                }
            }

            foreach (var refund in trade.Refunds.Where(r => r.SucceededAt is { } at && BeijingTime.Date(at) == date))
            {
                refundCount++;
                refundFen += refund.AmountFen;
                rows.Add(Row(trade, "退款", trade.CreatedAt, refund.SucceededAt!.Value, -refund.AmountFen, refund.OutRefundNo));
            }

            var reversed = trade.RefundedFen - trade.RefundsFen;
            if (reversed > 0 && trade.ClosedAt is { } closedAt && BeijingTime.Date(closedAt) == date)
            {
                refundCount++;
                refundFen += reversed;
                rows.Add(Row(trade, "退款", trade.CreatedAt, closedAt, -reversed, trade.OutTradeNo));
            }
        }

        var day = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var account = sellerId + "0156";
        var range = $"#起始日期：[{date:yyyy年MM月dd日} 00:00:00]   终止日期：[{date.AddDays(1):yyyy年MM月dd日} 00:00:00]";
        var exported = $"#导出时间：[{now.ToOffset(BeijingTime.Offset):yyyy年MM月dd日 HH:mm:ss}]";
        var title = billType == "trade" ? "业务明细" : "账务明细";

        var detail = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"#支付宝{title}查询")
            .AppendLine(CultureInfo.InvariantCulture, $"#账号：[{account}]")
            .AppendLine(range)
            .AppendLine(CultureInfo.InvariantCulture, $"#-----------------------------------------{title}列表----------------------------------------")
            .AppendLine(faults.MissingColumn ? WithoutColumn(DetailHeader) : DetailHeader);
        rows.ForEach(r => detail.AppendLine(faults.MissingColumn ? WithoutColumn(r) : r));
        detail
            .AppendLine(CultureInfo.InvariantCulture, $"#-----------------------------------------{title}列表结束------------------------------------")
            .AppendLine(CultureInfo.InvariantCulture, $"#交易合计：{paidCount}笔，商家实收共：{BillMoney.Yuan(paidFen)}元，商家优惠共：0.00元")
            .AppendLine(CultureInfo.InvariantCulture, $"#退款合计：{refundCount}笔，商家实收退款共：{BillMoney.Yuan(-refundFen)}元，商家优惠退款共：0.00元")
            .AppendLine(exported);

        var summary = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"#支付宝{title}汇总查询")
            .AppendLine(CultureInfo.InvariantCulture, $"#账号：[{account}]")
            .AppendLine(range)
            .AppendLine(CultureInfo.InvariantCulture, $"#-----------------------------------------{title}汇总----------------------------------------")
            .AppendLine("门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,商家实收（元）,支付宝优惠（元）,商家优惠（元）,卡消费金额（元）,服务费（元）,分润（元）,实收净额（元）")
            .AppendLine(CultureInfo.InvariantCulture, $"合计,,{paidCount},{refundCount},{BillMoney.Yuan(paidFen - refundFen)},{BillMoney.Yuan(paidFen - refundFen)},0.00,0.00,0.00,0.00,0.00,{BillMoney.Yuan(paidFen - refundFen)}")
            .AppendLine(CultureInfo.InvariantCulture, $"#-----------------------------------------{title}汇总结束------------------------------------")
            .AppendLine(exported);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, $"{account}_{day}_{title}.csv", detail.ToString(), faults);
            AddEntry(zip, $"{account}_{day}_{title}(汇总).csv", summary.ToString(), BillFaults.None);
        }

        return faults.Serve(buffer.ToArray());
    }

    private static void AddEntry(ZipArchive zip, string name, string text, BillFaults faults)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        stream.Write(faults.Encode(Gbk, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal), headerLines: 5));
    }

    // The second column is 商户订单号 (out_trade_no).
    private static string WithoutColumn(string line)
    {
        var fields = line.Split(',');
        return string.Join(',', fields.Take(1).Concat(fields.Skip(2)));
    }

    private static string Row(SandboxTradeSnapshot trade, string kind, DateTimeOffset created, DateTimeOffset finished, long fen, string refundNo) =>
        string.Join(',', new[]
        {
            trade.TradeNo + "\t",
            trade.OutTradeNo + "\t",
            kind,
            Clean(trade.Description),
            BeijingTime.Alipay(created),
            BeijingTime.Alipay(finished),
            string.Empty,
            string.Empty,
            string.Empty,
            string.Empty,
            trade.BuyerId,
            BillMoney.Yuan(fen),
            BillMoney.Yuan(fen),
            "0.00",
            "0.00",
            "0.00",
            "0.00",
            "0.00",
            string.Empty,
            "0.00",
            "0.00",
            refundNo.Length > 0 ? refundNo + "\t" : string.Empty,
            "0.00",
            "0.00",
            string.Empty,
        });

    private static string Clean(string text) => text.Replace(',', '，').Replace('\n', ' ').Replace('\r', ' ');
}
