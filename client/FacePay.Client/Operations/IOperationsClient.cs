using FacePay.Contracts.Orders;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Operations;

namespace FacePay.Client.Operations;

/// <summary>
/// Operator access to the payments console's figures and actions: the operations read model of every merchant (fed by
/// the payment stream), the silos' channel and face figures, webhook backlogs and reconciliation results; and the
/// operator actions, each changing one order or one webhook.
/// </summary>
public interface IOperationsClient
{
    /// <summary>Everything the console shows, over the last <paramref name="timelineSpan"/> (default one hour).</summary>
    Task<OperationsOverview> GetOverviewAsync(TimeSpan? timelineSpan = null, CancellationToken cancellationToken = default);

    /// <summary>One merchant's read model.</summary>
    Task<MerchantOperationsView> GetMerchantAsync(string merchantId, CancellationToken cancellationToken = default);

    /// <summary>Asks the channel where the order's payment and refunds stand and applies the verified answer (<see cref="IOrderGrain.ReconcileWithChannelAsync"/>).</summary>
    Task<OrderResult> QueryChannelAsync(OrderKey order, CancellationToken cancellationToken = default);

    /// <summary>Closes an unpaid order as the operator (<see cref="IOrderGrain.CloseByOperatorAsync"/>).</summary>
    Task<OrderResult> CloseOrderAsync(OrderKey order, CancellationToken cancellationToken = default);

    /// <summary>Sends a dead-lettered webhook again, byte for byte.</summary>
    Task<WebhookReplayResult> ReplayDeadLetterAsync(string merchantId, string eventId, CancellationToken cancellationToken = default);
}
