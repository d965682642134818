using FacePay.Reconciliation.Reports;

namespace FacePay.Client;

/// <summary>A reconciliation report as a flat JSON document (see <see cref="ReconciliationDocument"/>).</summary>
/// <param name="RunNumber">Which run of the day.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="CompletedAt">When it completed.</param>
/// <param name="BillLines">Detail lines in the bill.</param>
/// <param name="BillPayments">Payment lines.</param>
/// <param name="BillPaymentAmount">Their sum in minor units.</param>
/// <param name="BillRefunds">Refund and reversal lines.</param>
/// <param name="BillRefundAmount">Their sum in minor units.</param>
/// <param name="LedgerEntries">Our payments and refunds of the day.</param>
/// <param name="Matched">Lines that agreed.</param>
/// <param name="DiscrepancyCount">All disagreements.</param>
/// <param name="Open">Disagreements left for an operator.</param>
/// <param name="Repaired">Disagreements repaired by the run.</param>
/// <param name="Clean">Whether nothing is left for an operator.</param>
/// <param name="Discrepancies">The kept disagreements.</param>
public sealed record ReconciliationReportDocument(
    int RunNumber,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    long BillLines,
    long BillPayments,
    long BillPaymentAmount,
    long BillRefunds,
    long BillRefundAmount,
    int LedgerEntries,
    long Matched,
    int DiscrepancyCount,
    int Open,
    int Repaired,
    bool Clean,
    IReadOnlyList<DiscrepancyDocument> Discrepancies)
{
    /// <summary>The document of a report.</summary>
    public static ReconciliationReportDocument From(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.RunNumber,
            report.StartedAt,
            report.CompletedAt,
            report.Bill.Lines,
            report.Bill.Payments,
            report.Bill.PaymentFen,
            report.Bill.Refunds,
            report.Bill.RefundFen,
            report.LedgerEntries,
            report.Matched,
            report.DiscrepancyCount,
            report.OpenCount,
            report.RepairedCount,
            report.IsClean,
            [.. report.Discrepancies.Select(DiscrepancyDocument.From)]);
    }
}
