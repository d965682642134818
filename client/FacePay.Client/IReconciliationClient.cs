using FacePay.Domain;
using FacePay.Reconciliation.Reports;

namespace FacePay.Client;

/// <summary>Operator access to reconciliation: start a channel's day, follow it, read its report.</summary>
public interface IReconciliationClient
{
    /// <summary>Starts reconciling <paramref name="channel"/>'s bill of <paramref name="date"/> (unless a run is in progress).</summary>
    Task<ReconciliationStatus> StartAsync(PaymentChannel channel, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The run's progress and the last completed report.</summary>
    Task<ReconciliationStatus> GetStatusAsync(PaymentChannel channel, DateOnly date, CancellationToken cancellationToken = default);
}
