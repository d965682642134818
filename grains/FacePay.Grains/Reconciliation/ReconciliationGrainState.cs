using FacePay.Reconciliation.Reports;

namespace FacePay.Grains.Reconciliation;

/// <summary>What <see cref="ReconciliationGrain"/> persists: the report of the last completed run.</summary>
[GenerateSerializer, Alias("FacePay.ReconciliationGrainState")]
public sealed class ReconciliationGrainState
{
    /// <summary>The last completed run's report, or null before the first one.</summary>
    [Id(0)]
    public ReconciliationReport? Report { get; set; }
}
