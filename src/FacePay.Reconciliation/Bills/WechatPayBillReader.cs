using System.IO.Compression;
using System.Text;

namespace FacePay.Reconciliation.Bills;

/// <summary>
/// WeChat Pay's v3 trade bill (<c>GET /v3/bill/tradebill</c>, <c>bill_type=ALL</c>): UTF-8 CSV, optionally gzip
/// (<c>tar_type=GZIP</c>), a column row, detail rows whose every field starts with a backtick, then the summary
/// column row (总交易单数, …) and one summary row whose count and sums are checked against the rows. The file's
/// SHA-1 is checked by the channel client on download (over the decompressed bill).
/// </summary>
public sealed class WechatPayBillReader : IBillReader
{
    private const char Tick = '`';
    private const string TimeColumn = "交易时间";
    private const string TransactionIdColumn = "微信订单号";
    private const string OutTradeNoColumn = "商户订单号";
    private const string StateColumn = "交易状态";
    private const string SettledColumn = "应结订单金额";
    private const string OutRefundNoColumn = "商户退款单号";
    private const string RefundColumn = "退款金额";
    private const string TotalColumn = "订单金额";
    private const string SummaryCountColumn = "总交易单数";
    private const string SummarySettledColumn = "应结订单总金额";
    private const string SummaryRefundColumn = "退款总金额";
    private const string BillName = "WeChat Pay bill";

    private static readonly string[] Required = [TimeColumn, TransactionIdColumn, OutTradeNoColumn, StateColumn, SettledColumn, OutRefundNoColumn, RefundColumn];
    private static readonly string[] SummaryRequired = [SummaryCountColumn, SummarySettledColumn, SummaryRefundColumn];

    /// <inheritdoc />
    public IEnumerable<BillRecord> Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanSeek)
        {
            throw new ArgumentException("The bill file must be seekable (gzip is recognised by its first bytes).", nameof(file));
        }

        var gzip = IsGzip(file);
        return ReadLines(gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file, leaveOpen: !gzip);
    }

    /// <summary>Whether a file starts with the gzip magic bytes (its position is restored).</summary>
    /// <param name="file">A seekable file.</param>
    /// <returns>True for gzip.</returns>
    public static bool IsGzip(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var start = file.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private static IEnumerable<BillRecord> ReadLines(Stream text, bool leaveOpen)
    {
        using var lines = new BillLineReader(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), "UTF-8", leaveOpen);
        var fields = new CsvFields();
        BillColumns? columns = null;
        long rows = 0, settledFen = 0, refundFen = 0;
        bool summarySeen = false;
        while (lines.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            fields.Split(line);
            if (columns is null)
            {
                columns = BillColumns.Read(fields, Tick, Required, BillName);
                continue;
            }

            if (line.StartsWith(SummaryCountColumn, StringComparison.Ordinal))
            {
                var summaryColumns = BillColumns.Read(fields, Tick, SummaryRequired, BillName + " summary");
                var summary = lines.ReadLine() ?? throw new BillFormatException("The WeChat Pay bill ends after its summary column row (truncated?).");
                fields.Split(summary);
                CheckSummary(summary, fields, summaryColumns, lines.LineNumber, rows, settledFen, refundFen);
                summarySeen = true;
                break;
            }

            if (line[0] != Tick)
            {
                throw new BillFormatException($"Line {lines.LineNumber} of the WeChat Pay bill is neither a backtick row nor the summary.");
            }

            var record = ReadRow(fields, columns, lines.LineNumber, out var settled, out var refund);
            rows++;
            settledFen += settled;
            refundFen += refund;
            yield return record;
        }

        if (!summarySeen)
        {
            throw new BillFormatException(columns is null
                ? "The WeChat Pay bill is empty."
                : "The WeChat Pay bill ends without its summary rows (truncated?).");
        }
    }

    private static BillRecord ReadRow(CsvFields fields, BillColumns columns, long lineNumber, out long settledFen, out long refundFen)
    {
        if (fields.Count != columns.Count)
        {
            throw new BillFormatException($"Line {lineNumber} of the WeChat Pay bill has {fields.Count} fields; its column row has {columns.Count}.");
        }

        var outTradeNo = fields.Text(columns[OutTradeNoColumn], Tick)
            ?? throw new BillFormatException($"Line {lineNumber} of the WeChat Pay bill has no {OutTradeNoColumn}.");
        settledFen = BillAmount.ParseYuan(fields[columns[SettledColumn], Tick], SettledColumn, lineNumber);
        refundFen = BillAmount.ParseYuan(fields[columns[RefundColumn], Tick], RefundColumn, lineNumber);
        var state = fields[columns[StateColumn], Tick];
        var totalColumn = columns.Optional(TotalColumn);
        var orderFen = totalColumn < 0 ? settledFen : BillAmount.ParseYuan(fields[totalColumn, Tick], TotalColumn, lineNumber);
        var (kind, amount) = state switch
        {
            "SUCCESS" => (BillRecordKind.Payment, orderFen),
            "REFUND" => (BillRecordKind.Refund, refundFen),
            "REVOKED" => (BillRecordKind.Reversal, refundFen),
            _ => throw new BillFormatException($"Line {lineNumber} of the WeChat Pay bill has an unknown {StateColumn} '{state.ToString()}'."),
        };
        return new BillRecord(
            kind,
            outTradeNo,
            fields.Text(columns[TransactionIdColumn], Tick),
            Math.Abs(amount),
            kind == BillRecordKind.Refund ? fields.Text(columns[OutRefundNoColumn], Tick) : null,
            BillTime.Parse(fields[columns[TimeColumn], Tick]),
            lineNumber);
    }

    private static void CheckSummary(string line, CsvFields fields, BillColumns columns, long lineNumber, long rows, long settledFen, long refundFen)
    {
        if (fields.Count != columns.Count || !line.StartsWith(Tick))
        {
            throw new BillFormatException($"Line {lineNumber}: the WeChat Pay bill's summary row is malformed.");
        }

        var count = long.TryParse(fields[columns[SummaryCountColumn], Tick], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : -1;
        var settled = BillAmount.ParseYuan(fields[columns[SummarySettledColumn], Tick], SummarySettledColumn, lineNumber);
        var refunded = BillAmount.ParseYuan(fields[columns[SummaryRefundColumn], Tick], SummaryRefundColumn, lineNumber);
        if (count != rows || settled != settledFen || refunded != refundFen)
        {
            throw new BillFormatException(
                $"The WeChat Pay bill's summary does not add up: it prints {count} rows, {settled} fen settled, {refunded} fen refunded; " +
                $"the rows hold {rows}, {settledFen}, {refundFen}.");
        }
    }
}
