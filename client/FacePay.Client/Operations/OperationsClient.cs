using FacePay.Contracts.Operations;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Reconciliation;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Operations;
using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Reports;

namespace FacePay.Client.Operations;

/// <summary>The <see cref="IOperationsClient"/> over an Orleans cluster client.</summary>
/// <param name="grains">The connected Orleans client.</param>
/// <param name="time">The clock.</param>
public sealed class OperationsClient(IGrainFactory grains, TimeProvider time) : IOperationsClient
{
    // The reconciliation days shown: the last two bill days (yesterday is the newest bill a channel publishes).
    private const int ReconciliationDays = 2;

    /// <inheritdoc />
    public async Task<OperationsOverview> GetOverviewAsync(TimeSpan? timelineSpan = null, CancellationToken cancellationToken = default)
    {
        var span = timelineSpan ?? TimeSpan.FromHours(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero);
        var merchantIds = await grains.GetGrain<IOperationsDirectoryGrain>(IOperationsDirectoryGrain.Key).GetMerchantsAsync().WaitAsync(cancellationToken);
        var views = Task.WhenAll(merchantIds.Select(id => grains.GetGrain<IMerchantOperationsGrain>(id).GetViewAsync()));
        var webhooks = Task.WhenAll(merchantIds.Select(ReadWebhooksAsync));
        var silos = grains.GetGrain<IClusterFiguresGrain>(IClusterFiguresGrain.Key).GetSilosAsync();
        var today = BillTime.BeijingDate(time.GetUtcNow());
        var reconciliation = Task.WhenAll(
            from channel in Enum.GetValues<PaymentChannel>()
            from days in Enumerable.Range(1, ReconciliationDays)
            select grains.GetGrain<IReconciliationGrain>(new ReconciliationKey(channel, today.AddDays(-days)).ToString()).GetStatusAsync());
        await Task.WhenAll(views, webhooks, silos, reconciliation).WaitAsync(cancellationToken);

        var merchants = await views;
        var width = merchants.Length > 0 ? merchants[0].BucketWidth : OperationsLimits.Default.BucketWidth;
        return OperationsOverviewBuilder.Build(time.GetUtcNow(), span, width, merchants, await silos, await webhooks, await reconciliation);
    }

    /// <inheritdoc />
    public Task<MerchantOperationsView> GetMerchantAsync(string merchantId, CancellationToken cancellationToken = default)
    {
        RequireMerchantId(merchantId);
        return grains.GetGrain<IMerchantOperationsGrain>(merchantId).GetViewAsync().WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderResult> QueryChannelAsync(OrderKey order, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IOrderGrain>(order.ToString()).ReconcileWithChannelAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<OrderResult> CloseOrderAsync(OrderKey order, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IOrderGrain>(order.ToString()).CloseByOperatorAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<WebhookReplayResult> ReplayDeadLetterAsync(string merchantId, string eventId, CancellationToken cancellationToken = default)
    {
        RequireMerchantId(merchantId);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return grains.GetGrain<IWebhookDispatcherGrain>(merchantId).ReplayDeadLetterAsync(eventId).WaitAsync(cancellationToken);
    }

    private async Task<(string, WebhookDeliveryStats?, bool, IReadOnlyList<WebhookDeadLetterEntry>)> ReadWebhooksAsync(string merchantId)
    {
        var dispatcher = grains.GetGrain<IWebhookDispatcherGrain>(merchantId);
        var configuration = await dispatcher.GetConfigurationAsync();
        return (merchantId, await dispatcher.GetStatsAsync(), configuration is { Enabled: true }, await dispatcher.GetDeadLettersAsync());
    }

    private static void RequireMerchantId(string merchantId)
    {
        if (!OrderKey.IsValidMerchantId(merchantId))
        {
            throw new ArgumentException($"Merchant id must be 1-{OrderKey.MaxMerchantIdLength} characters of [A-Za-z0-9_-].", nameof(merchantId));
        }
    }
}
