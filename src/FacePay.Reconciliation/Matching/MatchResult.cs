namespace FacePay.Reconciliation.Matching;

/// <summary>The outcome of the streaming pass: what lined up, and what needs a closer look.</summary>
/// <param name="Bill">What the bill held.</param>
/// <param name="LedgerEntries">How many ledger entries of the day took part.</param>
/// <param name="Matched">Bill lines that lined up with a ledger entry (or netted with their own reversal).</param>
/// <param name="Findings">Everything else.</param>
public sealed record MatchResult(BillTotals Bill, int LedgerEntries, long Matched, IReadOnlyList<MatchFinding> Findings);
