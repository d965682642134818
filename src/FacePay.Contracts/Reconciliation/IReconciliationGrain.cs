using FacePay.Reconciliation.Reports;
using Orleans.Concurrency;

namespace FacePay.Contracts.Reconciliation;

/// <summary>
/// Reconciliation of one channel's bill of one day, keyed <c>{channel}/{yyyy-MM-dd}</c> (see
/// <see cref="ReconciliationKey"/>): downloads the bill, matches it with our payments and refunds of the day,
/// repairs what is safe to repair, and keeps the report. Re-running a day replaces its report with a fresh one and
/// repeats no repair that is already done (repairs go through the orders, which are idempotent).
/// </summary>
[Alias("FacePay.IReconciliationGrain")]
public interface IReconciliationGrain : IGrainWithStringKey
{
    /// <summary>Starts a run unless one is in progress, and returns at once; follow it with <see cref="GetStatusAsync"/>.</summary>
    [Alias("Start")]
    Task<ReconciliationStatus> StartAsync();

    /// <summary>Starts a run (or joins the one in progress) and returns when it ends, completed or failed.</summary>
    [Alias("Run")]
    Task<ReconciliationStatus> RunAsync();

    /// <summary>Progress of the current run and the last completed report; answers while a run is in progress.</summary>
    [AlwaysInterleave, Alias("GetStatus")]
    Task<ReconciliationStatus> GetStatusAsync();
}
