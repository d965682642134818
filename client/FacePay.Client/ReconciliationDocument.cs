using FacePay.Reconciliation.Reports;

namespace FacePay.Client;

/// <summary>
/// A reconciliation status as a flat JSON document (amounts in minor units with their currency, names as strings):
/// what the Merchant API answers and <c>facepay recon run --json</c> prints.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Date">The bill date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Phase">Where the run is.</param>
/// <param name="LinesRead">Bill lines read by the current run.</param>
/// <param name="ItemsDone">Items done in the current phase.</param>
/// <param name="ItemsTotal">Items in the current phase.</param>
/// <param name="Error">Why the last run failed.</param>
/// <param name="Report">The last completed report.</param>
public sealed record ReconciliationDocument(
    string Channel,
    string Date,
    string Phase,
    long LinesRead,
    int ItemsDone,
    int ItemsTotal,
    string? Error,
    ReconciliationReportDocument? Report)
{
    /// <summary>The document of a status.</summary>
    public static ReconciliationDocument From(ReconciliationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(
            status.Channel.ToString(),
            status.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            status.Phase.ToString(),
            status.LinesRead,
            status.ItemsDone,
            status.ItemsTotal,
            status.Error,
            status.Report is null ? null : ReconciliationReportDocument.From(status.Report));
    }
}
