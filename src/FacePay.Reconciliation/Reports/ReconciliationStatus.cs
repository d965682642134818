using FacePay.Domain;

namespace FacePay.Reconciliation.Reports;

/// <summary>A reconciliation's progress and its last completed report.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Date">The bill date.</param>
/// <param name="Phase">Where the current (or last) run is.</param>
/// <param name="LinesRead">Bill lines read so far by the current run.</param>
/// <param name="ItemsDone">Disagreements classified or repaired so far in the current phase.</param>
/// <param name="ItemsTotal">Disagreements to classify or repair in the current phase.</param>
/// <param name="Error">Why the last run failed (one line), when it failed.</param>
/// <param name="Report">The last completed report, if any.</param>
[GenerateSerializer, Immutable, Alias("FacePay.ReconciliationStatus")]
public sealed record ReconciliationStatus(
    [property: Id(0)] PaymentChannel Channel,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] ReconciliationPhase Phase,
    [property: Id(3)] long LinesRead,
    [property: Id(4)] int ItemsDone,
    [property: Id(5)] int ItemsTotal,
    [property: Id(6)] string? Error,
    [property: Id(7)] ReconciliationReport? Report)
{
    /// <summary>Whether a run is in progress.</summary>
    public bool IsRunning => Phase is ReconciliationPhase.Downloading or ReconciliationPhase.Matching
        or ReconciliationPhase.Classifying or ReconciliationPhase.Repairing;
}
