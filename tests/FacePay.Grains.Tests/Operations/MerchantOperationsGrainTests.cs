using FacePay.Contracts;
using FacePay.Contracts.Operations;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Operations;
using FacePay.Grains.Tests.Infrastructure;
using Xunit;

namespace FacePay.Grains.Tests.Operations;

[Collection(ClusterCollection.Name)]
public sealed class MerchantOperationsGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Events_applied_but_not_yet_written_are_written_when_the_read_model_deactivates()
    {
        var merchant = "ops_" + Guid.NewGuid().ToString("N")[..20];
        var key = new OrderKey(merchant, "order_7001");
        var stream = fixture.Client.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, merchant));
        var now = DateTimeOffset.UtcNow;
        await stream.OnNextAsync(new OrderCreated(key, 1, now, ChangeSource.Api, Money.Of(1200, "CNY"), PaymentChannel.WechatPay, "member_1", now.AddMinutes(15)));
        await stream.OnNextAsync(new PaymentFailed(key, 4, now, ChangeSource.ChannelResponse, 1, "order_7001_1", "NOTENOUGH", "balance too low", PaymentChannel.WechatPay));
        var readModel = fixture.Client.GetGrain<IMerchantOperationsGrain>(merchant);
        var applied = await EventuallyAsync(readModel, v => v.AppliedEvents == 2);

        // Dropped within the write delay: what it applied must reach storage on the way out, not die with the activation.
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var reloaded = await readModel.GetViewAsync();

        Assert.Equal(2, applied.AppliedEvents);
        Assert.Equal(2, reloaded.AppliedEvents);
        var order = Assert.Single(reloaded.LatestOrders);
        Assert.Equal((key, OrderState.Failed, "NOTENOUGH"), (order.Key, order.State, order.LastCode));
        Assert.Equal("NOTENOUGH", Assert.Single(reloaded.RecentFailures).Code);
    }

    private static async Task<MerchantOperationsView> EventuallyAsync(IMerchantOperationsGrain grain, Func<MerchantOperationsView, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var view = await grain.GetViewAsync();
            if (condition(view) || DateTime.UtcNow > deadline)
            {
                return view;
            }

            await Task.Delay(100);
        }
    }
}
