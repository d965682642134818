using FacePay.Sandbox.Faults;

namespace FacePay.Sandbox.Bills;

/// <summary>What the fault rules that fired on a bill request do to the bill file.</summary>
/// <param name="DuplicateTradeNos">Trades whose payment line is written twice.</param>
/// <param name="BadEncoding">Put bytes valid neither in GBK nor in UTF-8 at the start of the first detail line.</param>
/// <param name="Truncated">Cut the file (zip or gzip) in half.</param>
/// <param name="WrongHash">Answer a hash that is not the bill's (WeChat).</param>
/// <param name="MissingColumn">Leave out the out_trade_no column.</param>
internal sealed record BillFaults(IReadOnlySet<string> DuplicateTradeNos, bool BadEncoding, bool Truncated, bool WrongHash, bool MissingColumn)
{
    /// <summary>No faults.</summary>
    public static BillFaults None { get; } = new(new HashSet<string>(), false, false, false, false);

    /// <summary>Whether a fault kind acts on bill files.</summary>
    public static bool Is(FaultKind kind) =>
        kind is FaultKind.BillDuplicateLine or FaultKind.BillBadEncoding or FaultKind.BillTruncated or FaultKind.BillWrongHash or FaultKind.BillMissingColumn;

    /// <summary>The bill faults among the rules that fired.</summary>
    public static BillFaults From(IReadOnlyList<FaultRule> fired) => new(
        fired.Where(r => r.Kind == FaultKind.BillDuplicateLine && r.OutTradeNo is not null).Select(r => r.OutTradeNo!).ToHashSet(StringComparer.Ordinal),
        fired.Any(r => r.Kind == FaultKind.BillBadEncoding),
        fired.Any(r => r.Kind == FaultKind.BillTruncated),
        fired.Any(r => r.Kind == FaultKind.BillWrongHash),
        fired.Any(r => r.Kind == FaultKind.BillMissingColumn));

    /// <summary>The text's bytes with FE FF (valid neither in GBK nor in UTF-8; a lone FF is a GBK private-use character) after the header lines.</summary>
    public byte[] Encode(System.Text.Encoding encoding, string text, int headerLines)
    {
        var bytes = encoding.GetBytes(text);
        if (!BadEncoding)
        {
            return bytes;
        }

        var at = 0;
        for (var newlines = 0; at < bytes.Length && newlines < headerLines; at++)
        {
            newlines += bytes[at] == (byte)'\n' ? 1 : 0;
        }

        return [.. bytes[..at], 0xFE, 0xFF, .. bytes[at..]];
    }

    /// <summary>The file as served: cut in half when truncated.</summary>
    public byte[] Serve(byte[] file) => Truncated ? file[..(file.Length / 2)] : file;
}
