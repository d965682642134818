using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace FacePay.Reconciliation.Bills;

/// <summary>
/// Alipay's trade bill (<c>alipay.data.dataservice.bill.downloadurl.query</c>, <c>bill_type=trade</c>): a zip of
/// GBK CSV files; the detail file (the one whose name lacks 汇总) has <c>#</c> header lines, a column row, the
/// detail rows (fields padded with a tab), and <c>#</c> footer lines whose 交易合计 / 退款合计 totals are checked.
/// </summary>
public sealed partial class AlipayBillReader : IBillReader
{
    private const string TradeNoColumn = "支付宝交易号";
    private const string OutTradeNoColumn = "商户订单号";
    private const string KindColumn = "业务类型";
    private const string FinishedColumn = "完成时间";
    private const string AmountColumn = "订单金额（元）";
    private const string ReceivedColumn = "商家实收（元）";
    private const string RefundNoColumn = "退款批次号/请求号";
    private const string PaymentKind = "交易";
    private const string RefundKind = "退款";
    private const string BillName = "Alipay bill";

    private static readonly string[] Required = [TradeNoColumn, OutTradeNoColumn, KindColumn, FinishedColumn, AmountColumn, RefundNoColumn];

    /// <summary>The GBK encoding Alipay writes its bills in.</summary>
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding("GBK")
        ?? throw new InvalidOperationException("GBK is not available.");

    /// <inheritdoc />
    public IEnumerable<BillRecord> Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var archive = OpenArchive(file);
        return ReadDetail(archive);
    }

    private static ZipArchive OpenArchive(Stream file)
    {
        if (!file.CanSeek)
        {
            throw new ArgumentException("The bill file must be seekable (a zip is read from its end).", nameof(file));
        }

        try
        {
            return new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Gbk);
        }
        catch (InvalidDataException ex)
        {
            throw new BillFormatException($"The Alipay bill is not a complete zip archive (truncated or not a zip): {ex.Message}", ex);
        }
    }

    private static IEnumerable<BillRecord> ReadDetail(ZipArchive archive)
    {
        using var _ = archive;
        var details = archive.Entries
            .Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !e.Name.Contains("汇总", StringComparison.Ordinal))
            .ToList();
        if (details.Count != 1)
        {
            throw new BillFormatException($"The Alipay bill zip should hold one detail CSV file; it holds {details.Count}.");
        }

        using var lines = new BillLineReader(OpenEntry(details[0]), Gbk, "GBK");
        var fields = new CsvFields();
        BillColumns? columns = null;
        var rowsEnded = false;
        var counted = new Totals();
        PrintedTotal? printedPayments = null, printedRefunds = null;
        while (lines.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                rowsEnded |= columns is not null;
                if (PaymentTotalLine().Match(line) is { Success: true } payments)
                {
                    printedPayments = PrintedTotal.From(payments, lines.LineNumber);
                }
                else if (RefundTotalLine().Match(line) is { Success: true } refunds)
                {
                    printedRefunds = PrintedTotal.From(refunds, lines.LineNumber);
                }

                continue;
            }

            if (rowsEnded)
            {
                throw new BillFormatException($"Line {lines.LineNumber}: a detail row after the footer of the Alipay bill.");
            }

            fields.Split(line);
            if (columns is null)
            {
                columns = BillColumns.Read(fields, '\0', Required, BillName);
                continue;
            }

            var record = ReadRow(fields, columns, lines.LineNumber, out var receivedFen);
            counted = counted.Add(record.Kind == BillRecordKind.Payment, receivedFen);
            yield return record;
        }

        if (columns is null)
        {
            throw new BillFormatException("The Alipay bill has no column row.");
        }

        if (printedPayments is null || printedRefunds is null)
        {
            throw new BillFormatException("The Alipay bill ends without its 交易合计 / 退款合计 lines (truncated?).");
        }

        if (printedPayments.Value.Count != counted.PaymentCount || printedPayments.Value.Fen != counted.PaymentFen
            || printedRefunds.Value.Count != counted.RefundCount || printedRefunds.Value.Fen != counted.RefundFen)
        {
            throw new BillFormatException(
                $"The Alipay bill's totals do not add up: printed {printedPayments.Value.Count} payments / {printedRefunds.Value.Count} refunds, " +
                $"read {counted.PaymentCount} / {counted.RefundCount} (or the amounts differ).");
        }
    }

    private static Stream OpenEntry(ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException ex)
        {
            throw new BillFormatException($"The Alipay bill's detail file cannot be opened: {ex.Message}", ex);
        }
    }

    private static BillRecord ReadRow(CsvFields fields, BillColumns columns, long lineNumber, out long receivedFen)
    {
        if (fields.Count != columns.Count)
        {
            throw new BillFormatException($"Line {lineNumber} of the Alipay bill has {fields.Count} fields; its column row has {columns.Count}.");
        }

        var outTradeNo = fields.Text(columns[OutTradeNoColumn])
            ?? throw new BillFormatException($"Line {lineNumber} of the Alipay bill has no {OutTradeNoColumn}.");
        var amount = BillAmount.ParseYuan(fields[columns[AmountColumn]], AmountColumn, lineNumber);
        var received = columns.Optional(ReceivedColumn);
        receivedFen = received < 0 ? amount : BillAmount.ParseYuan(fields[received], ReceivedColumn, lineNumber);
        var refundNo = fields.Text(columns[RefundNoColumn]);
        var kindText = fields[columns[KindColumn]];
        var kind = kindText.SequenceEqual(PaymentKind)
            ? BillRecordKind.Payment
            : kindText.SequenceEqual(RefundKind)
                ? refundNo is null || refundNo == outTradeNo ? BillRecordKind.Reversal : BillRecordKind.Refund
                : throw new BillFormatException($"Line {lineNumber} of the Alipay bill has an unknown {KindColumn} '{kindText.ToString()}'.");
        return new BillRecord(
            kind,
            outTradeNo,
            fields.Text(columns[TradeNoColumn]),
            Math.Abs(amount),
            kind == BillRecordKind.Refund ? refundNo : null,
            BillTime.Parse(fields[columns[FinishedColumn]]),
            lineNumber);
    }

    [GeneratedRegex(@"^#交易合计：(?<count>\d+)笔，商家实收共：(?<yuan>-?\d+(\.\d{1,2})?)元")]
    private static partial Regex PaymentTotalLine();

    [GeneratedRegex(@"^#退款合计：(?<count>\d+)笔，商家实收退款共：(?<yuan>-?\d+(\.\d{1,2})?)元")]
    private static partial Regex RefundTotalLine();

    // What the footer prints: a count and the 商家实收 sum (negative for refunds).
    private readonly record struct PrintedTotal(long Count, long Fen)
    {
        public static PrintedTotal From(Match match, long lineNumber) => new(
            long.Parse(match.Groups["count"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            BillAmount.ParseYuan(match.Groups["yuan"].ValueSpan, "合计", lineNumber));
    }

    // What the rows add up to.
    private readonly record struct Totals(long PaymentCount, long PaymentFen, long RefundCount, long RefundFen)
    {
        public Totals Add(bool payment, long fen) => payment
            ? this with { PaymentCount = PaymentCount + 1, PaymentFen = PaymentFen + fen }
            : this with { RefundCount = RefundCount + 1, RefundFen = RefundFen + fen };
    }
}
