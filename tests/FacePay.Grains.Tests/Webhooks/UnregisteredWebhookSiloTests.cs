using FacePay.Contracts;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Grains.Tests.Infrastructure;
using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

/// <summary>
/// The shared cluster's silos do not call <c>AddFacePayWebhooks</c>. The implicit stream subscription still
/// activates the dispatcher for every merchant with events, so it must not fail there.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class UnregisteredWebhookSiloTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Dispatcher_activates_without_webhook_registration_and_keeps_events_queued()
    {
        var merchant = "wh_" + Guid.NewGuid().ToString("N")[..20];
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(merchant);
        await dispatcher.ConfigureAsync(new WebhookEndpoint("https://127.0.0.1:9/never", "whsec_unregistered_0123456789"));
        var paid = new PaymentSucceeded(
            new OrderKey(merchant, "order_4001"), 5, DateTimeOffset.UtcNow, ChangeSource.ChannelResponse,
            Money.Of(100, "CNY"), PaymentChannel.Alipay, 1, "order_4001_1", "2026112300001");

        await fixture.Client.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, merchant))
            .OnNextAsync(paid);

        var deadline = DateTime.UtcNow + Patience;
        var stats = await dispatcher.GetStatsAsync();
        while (stats.Accepted == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            stats = await dispatcher.GetStatsAsync();
        }

        Assert.Equal(1, stats.Accepted);
        Assert.Equal(0, stats.Delivered);
        Assert.Equal(paid.EventId, Assert.Single(await dispatcher.GetBacklogAsync()).EventId);
    }
}
