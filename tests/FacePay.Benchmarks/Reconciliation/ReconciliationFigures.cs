namespace FacePay.Benchmarks.Reconciliation;

/// <summary>The reconciliation section of a run (issue 8).</summary>
/// <param name="Lines">Lines of each bill.</param>
/// <param name="LedgerEntries">Entries of our ledger the bills are matched against.</param>
/// <param name="Runs">Timed runs per figure (median kept).</param>
/// <param name="Files">The files' sizes, as text.</param>
/// <param name="Figures">One per channel.</param>
public sealed record ReconciliationFigures(int Lines, int LedgerEntries, int Runs, string Files, IReadOnlyList<ReconciliationFigure> Figures);
