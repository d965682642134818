using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FacePay.Testing.Bills;

/// <summary>
/// Writes bill files in each channel's layout (the sandbox's own writers are internal to it), streaming, so tests and
/// the benchmark can make bills of any size and damage them on purpose.
/// </summary>
public static class BillFiles
{
    /// <summary>The Alipay detail file's column row.</summary>
    public const string AlipayHeader = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";

    /// <summary>The WeChat bill's column row.</summary>
    public const string WechatHeader = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";

    /// <summary>GBK.</summary>
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding("GBK")!;

    private const string Time = "2026-11-23 10:00:00";

    /// <summary>Writes an Alipay detail CSV (header lines, columns, rows, footer with totals).</summary>
    /// <param name="writer">Where.</param>
    /// <param name="lines">The rows.</param>
    /// <param name="header">The column row (change it to drop a column).</param>
    /// <param name="footer">Whether to write the footer (leave it out to imitate a cut-off file).</param>
    public static void WriteAlipayDetail(TextWriter writer, IEnumerable<BillLine> lines, string header = AlipayHeader, bool footer = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lines);
        writer.Write("#支付宝业务明细查询\r\n#账号：[20880000000000000156]\r\n#起始日期：[2026年11月23日 00:00:00]   终止日期：[2026年11月24日 00:00:00]\r\n");
        writer.Write("#-----------------------------------------业务明细列表----------------------------------------\r\n");
        writer.Write(header + "\r\n");
        var dropOutTradeNo = !header.Contains(",商户订单号,", StringComparison.Ordinal);
        long pays = 0, payFen = 0, refunds = 0, refundFen = 0;
        var n = 0L;
        foreach (var line in lines)
        {
            n++;
            var signed = line.Kind == "pay" ? line.Fen : -line.Fen;
            var refundNo = line.Kind switch { "refund" => line.OutRefundNo + "\t", "reversal" => line.OutTradeNo + "\t", _ => string.Empty };
            var yuan = Yuan(signed);
            var tradeNo = line.TradeNo ?? string.Create(CultureInfo.InvariantCulture, $"2026112322001{n:D14}0");
            writer.Write(tradeNo);
            writer.Write("\t,");
            if (!dropOutTradeNo)
            {
                writer.Write(line.OutTradeNo);
                writer.Write("\t,");
            }

            writer.Write(line.Kind == "pay" ? "交易" : "退款");
            writer.Write(",刷脸支付,");
            writer.Write(Time);
            writer.Write(',');
            writer.Write(Time);
            writer.Write(",,,,,2088000000000001,");
            writer.Write(yuan);
            writer.Write(',');
            writer.Write(yuan);
            writer.Write(",0.00,0.00,0.00,0.00,0.00,,0.00,0.00,");
            writer.Write(refundNo);
            writer.Write(",0.00,0.00,\r\n");
            if (line.Kind == "pay")
            {
                pays++;
                payFen += line.Fen;
            }
            else
            {
                refunds++;
                refundFen += line.Fen;
            }
        }

        if (footer)
        {
            writer.Write("#-----------------------------------------业务明细列表结束------------------------------------\r\n");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"#交易合计：{pays}笔，商家实收共：{Yuan(payFen)}元，商家优惠共：0.00元\r\n"));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"#退款合计：{refunds}笔，商家实收退款共：{Yuan(-refundFen)}元，商家优惠退款共：0.00元\r\n"));
            writer.Write("#导出时间：[2026年11月24日 09:00:00]\r\n");
        }
    }

    /// <summary>Writes an Alipay bill zip: the detail file (its bytes from <paramref name="writeDetail"/>) and a summary file.</summary>
    /// <param name="output">Where.</param>
    /// <param name="writeDetail">Writes the detail file's bytes.</param>
    public static void WriteAlipayZip(Stream output, Action<Stream> writeDetail)
    {
        ArgumentNullException.ThrowIfNull(writeDetail);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Gbk);
        using (var detail = zip.CreateEntry("20880000000000000156_20261123_业务明细.csv", CompressionLevel.Fastest).Open())
        {
            writeDetail(detail);
        }

        using var summary = new StreamWriter(zip.CreateEntry("20880000000000000156_20261123_业务明细(汇总).csv").Open(), Gbk);
        summary.Write("#支付宝业务明细汇总查询\r\n门店编号,门店名称,交易订单总笔数\r\n合计,,0\r\n");
    }

    /// <summary>An Alipay bill zip of <paramref name="lines"/>, well formed.</summary>
    public static byte[] AlipayZip(IEnumerable<BillLine> lines, string header = AlipayHeader, bool footer = true)
    {
        using var output = new MemoryStream();
        WriteAlipayZip(output, detail =>
        {
            using var writer = new StreamWriter(detail, Gbk, 64 * 1024, leaveOpen: true);
            WriteAlipayDetail(writer, lines, header, footer);
        });
        return output.ToArray();
    }

    /// <summary>Writes a WeChat trade bill CSV (columns, backtick rows, summary).</summary>
    /// <param name="writer">Where.</param>
    /// <param name="lines">The rows.</param>
    /// <param name="header">The column row (change it to drop a column).</param>
    /// <param name="summary">Whether to write the summary rows.</param>
    public static void WriteWechatCsv(TextWriter writer, IEnumerable<BillLine> lines, string header = WechatHeader, bool summary = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lines);
        writer.Write(header + "\r\n");
        var dropOutTradeNo = !header.Contains(",商户订单号,", StringComparison.Ordinal);
        long count = 0, settled = 0, refunded = 0;
        foreach (var line in lines)
        {
            count++;
            var isPay = line.Kind == "pay";
            var state = line.Kind switch { "pay" => "SUCCESS", "refund" => "REFUND", _ => "REVOKED" };
            var tradeNo = line.TradeNo ?? string.Create(CultureInfo.InvariantCulture, $"4200{count:D20}");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"`{Time},`wx0000000000000001,`1900000001,`0,`,`{tradeNo},"));
            if (!dropOutTradeNo)
            {
                writer.Write('`');
                writer.Write(line.OutTradeNo);
                writer.Write(',');
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"`oUser,`MICROPAY,`{state},`OTHERS,`CNY,`{Yuan(isPay ? line.Fen : 0)},`0.00,`{(isPay ? "0" : "5030" + count)},`{(line.Kind == "refund" ? line.OutRefundNo : isPay ? "0" : line.OutTradeNo)},`{Yuan(isPay ? 0 : line.Fen)},`0.00,`{(isPay ? string.Empty : "ORIGINAL")},`{(isPay ? string.Empty : "SUCCESS")},`刷脸支付,`,`0.00,`0.60%,`{Yuan(isPay ? line.Fen : 0)},`{Yuan(isPay ? 0 : line.Fen)},`\r\n"));
            settled += isPay ? line.Fen : 0;
            refunded += isPay ? 0 : line.Fen;
        }

        if (summary)
        {
            writer.Write("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"`{count},`{Yuan(settled)},`{Yuan(refunded)},`0.00,`0.00000,`{Yuan(settled)},`{Yuan(refunded)}\r\n"));
        }
    }

    /// <summary>A WeChat bill CSV of <paramref name="lines"/> as UTF-8 bytes.</summary>
    public static byte[] WechatCsv(IEnumerable<BillLine> lines, string header = WechatHeader, bool summary = true)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        {
            WriteWechatCsv(writer, lines, header, summary);
        }

        return output.ToArray();
    }

    /// <summary>Gzips bytes (WeChat <c>tar_type=GZIP</c>).</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    /// <summary>Bytes with an invalid pair (FE FF: valid neither in GBK nor in UTF-8) inserted after the first line that contains <paramref name="marker"/>.</summary>
    public static byte[] WithInvalidByteAfter(byte[] text, byte[] marker)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.AsSpan().IndexOf(marker);
        if (at < 0)
        {
            throw new ArgumentException("Marker not found.", nameof(marker));
        }

        var lineEnd = text.AsSpan(at).IndexOf((byte)'\n') + at + 1;
        return [.. text[..lineEnd], 0xFE, 0xFF, .. text[lineEnd..]];
    }

    private static string Yuan(long fen)
    {
        var sign = fen < 0 ? "-" : string.Empty;
        var abs = Math.Abs(fen);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:D2}");
    }
}
