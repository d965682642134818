using FacePay.Contracts.Reconciliation;
using FacePay.Domain;
using FacePay.Reconciliation.Reports;

namespace FacePay.Client;

/// <summary>The <see cref="IReconciliationClient"/> over an Orleans cluster client.</summary>
/// <param name="grains">The connected Orleans client.</param>
public sealed class ReconciliationClient(IGrainFactory grains) : IReconciliationClient
{
    /// <inheritdoc />
    public Task<ReconciliationStatus> StartAsync(PaymentChannel channel, DateOnly date, CancellationToken cancellationToken = default) =>
        Grain(channel, date).StartAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ReconciliationStatus> GetStatusAsync(PaymentChannel channel, DateOnly date, CancellationToken cancellationToken = default) =>
        Grain(channel, date).GetStatusAsync().WaitAsync(cancellationToken);

    private IReconciliationGrain Grain(PaymentChannel channel, DateOnly date) =>
        grains.GetGrain<IReconciliationGrain>(new ReconciliationKey(channel, date).ToString());
}
