using System.Collections.Immutable;
using FacePay.Domain;
using FacePay.Reconciliation.Matching;

namespace FacePay.Reconciliation.Reports;

/// <summary>The result of reconciling one channel's bill of one day with our books.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Date">The bill date (Beijing day).</param>
/// <param name="RunNumber">1 for the first run of this channel and day, one more for each completed re-run.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="CompletedAt">When it completed.</param>
/// <param name="Bill">What the bill held.</param>
/// <param name="LedgerEntries">Our payments and refunds of the day that took part.</param>
/// <param name="Matched">Bill lines that agreed with our books.</param>
/// <param name="Discrepancies">The disagreements (at most the configured number are kept).</param>
/// <param name="DiscrepancyCount">How many disagreements there were, kept or not.</param>
[GenerateSerializer, Immutable, Alias("FacePay.ReconciliationReport")]
public sealed record ReconciliationReport(
    [property: Id(0)] PaymentChannel Channel,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] int RunNumber,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset CompletedAt,
    [property: Id(5)] BillTotals Bill,
    [property: Id(6)] int LedgerEntries,
    [property: Id(7)] long Matched,
    [property: Id(8)] ImmutableList<Discrepancy> Discrepancies,
    [property: Id(9)] int DiscrepancyCount)
{
    /// <summary>Whether some disagreements were left out of <see cref="Discrepancies"/>.</summary>
    public bool Truncated => DiscrepancyCount > Discrepancies.Count;

    /// <summary>Disagreements left for an operator (among those kept).</summary>
    public int OpenCount => Discrepancies.Count(d => d.Resolution == DiscrepancyResolution.Open) + (DiscrepancyCount - Discrepancies.Count);

    /// <summary>Disagreements the run repaired.</summary>
    public int RepairedCount => Discrepancies.Count(d => d.Resolution == DiscrepancyResolution.Repaired);

    /// <summary>Whether nothing is left for an operator.</summary>
    public bool IsClean => OpenCount == 0;

    /// <summary>How many disagreements of each class (among those kept).</summary>
    public IReadOnlyDictionary<DiscrepancyClass, int> CountByClass() =>
        Discrepancies.GroupBy(d => d.Class).ToDictionary(g => g.Key, g => g.Count());
}
