using System.Net;
using FacePay.Contracts;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Testing.Webhooks;
using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

[Collection(WebhookClusterCollection.Name)]
public sealed class WebhookDurabilityTests(WebhookClusterFixture fixture)
{
    private const string Secret = "whsec_durability_0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pending_delivery_survives_deactivation_and_is_resumed_by_the_reminder()
    {
        // Three refusals, so the event waits 4 s for its last attempt: long enough to drop the activation.
        await using var receiver = WebhookReceiver.Start(n => n < 3 ? HttpStatusCode.BadGateway : HttpStatusCode.OK);
        var merchant = "wh_" + Guid.NewGuid().ToString("N")[..20];
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(merchant);
        await dispatcher.ConfigureAsync(new WebhookEndpoint(receiver.Url, Secret));
        var failed = new PaymentFailed(
            new OrderKey(merchant, "order_5001"), 3, DateTimeOffset.UtcNow, ChangeSource.ChannelResponse,
            1, "order_5001_1", "NOTENOUGH", "balance too low");
        await fixture.Client.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, merchant))
            .OnNextAsync(failed);
        await WaitUntilAsync(async () => (await dispatcher.GetStatsAsync()).FailedAttempts == 3);

        // Drop every idle activation: the dispatcher's in-memory timer goes with it.
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var activeBeforeCollection = await DispatcherActivationsAsync(management, merchant);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var activeAfterCollection = await DispatcherActivationsAsync(management, merchant);

        // Only the receiver is watched from here: no call reactivates the grain, the reminder has to.
        await WaitUntilAsync(() => Task.FromResult(receiver.Accepted.Count == 1));

        Assert.Equal(1, activeBeforeCollection);
        Assert.Equal(0, activeAfterCollection);
        Assert.Equal(4, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => Convert.ToHexString(r.Body)).Distinct());
        Assert.True(receiver.AllSignaturesValid(Secret));
        var stats = await dispatcher.GetStatsAsync();
        Assert.Equal(1, stats.Delivered);
        Assert.Equal(0, stats.Pending);
    }

    [Fact]
    public async Task Delivered_ids_survive_deactivation_so_a_later_redelivery_is_not_sent_again()
    {
        await using var receiver = WebhookReceiver.Start();
        var merchant = "wh_" + Guid.NewGuid().ToString("N")[..20];
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(merchant);
        await dispatcher.ConfigureAsync(new WebhookEndpoint(receiver.Url, Secret));
        var paid = new PaymentSucceeded(
            new OrderKey(merchant, "order_5101"), 4, DateTimeOffset.UtcNow, ChangeSource.ChannelNotification,
            Money.Of(990, "CNY"), PaymentChannel.WechatPay, 1, "order_5101_1", "4200002026120100001");
        var stream = fixture.Client.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, merchant));
        await stream.OnNextAsync(paid);
        await WaitUntilAsync(async () => (await dispatcher.GetStatsAsync()) is { Delivered: 1, Pending: 0 });

        // The remembered ids are stored apart from the backlog; a new activation must load them.
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var activeAfterCollection = await DispatcherActivationsAsync(management, merchant);
        await stream.OnNextAsync(paid);
        await WaitUntilAsync(async () => (await dispatcher.GetStatsAsync()).DuplicatesIgnored == 1);

        Assert.Equal(0, activeAfterCollection);
        Assert.Single(receiver.Received);
        var stats = await dispatcher.GetStatsAsync();
        Assert.Equal(1, stats.Accepted);
        Assert.Equal(1, stats.Delivered);
    }

    private static async Task<int> DispatcherActivationsAsync(IManagementGrain management, string merchant)
    {
        var statistics = await management.GetDetailedGrainStatistics();
        return statistics.Count(s => s.GrainId.Key.ToString() == merchant
            && s.GrainId.Type.ToString().Contains("webhook", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Condition not reached within {Patience}.");
            await Task.Delay(100);
        }
    }
}
