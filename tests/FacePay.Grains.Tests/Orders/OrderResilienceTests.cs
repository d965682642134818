using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Sandbox.Faults;
using Xunit;

namespace FacePay.Grains.Tests.Orders;

/// <summary>Orders reach exactly one final state when the silo hosting them dies mid-payment, and expire on their own.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrderResilienceTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Silo_hosting_the_order_killed_mid_payment_the_order_still_ends_paid_once()
    {
        var key = OrderTestKit.NewKey("kill");
        var order = await OrderTestKit.CreateAsync(fixture, key, 4200);
        var pay = await OrderTestKit.ReadyToPayAsync(fixture, order);

        // Host the order on a secondary silo, so killing it leaves the primary and the client's gateway alive.
        // Migration to the silo that already hosts a grain never deactivates it, so move it only when needed.
        var victim = fixture.Cluster.SecondarySilos[0];
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        if (!victim.SiloAddress.Equals(await management.GetActivationAddress(order)))
        {
            await fixture.Cluster.MigrateAsync(order, victim.SiloAddress).WaitAsync(TimeSpan.FromSeconds(30));
            await order.GetAsync();
        }

        Assert.Equal(victim.SiloAddress, await management.GetActivationAddress(order));

        // The channel is slow: the charge is still in flight when the silo dies, and then it succeeds at the channel.
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Latency,
            OutTradeNo = key.ChannelOutTradeNo(1),
            Operation = SandboxOperation.Pay,
            DelayMs = 1500,
            Times = 1,
        });
        var inFlight = order.PayAsync(pay);
        await Task.Delay(400);
        await fixture.Cluster.KillSiloAsync(victim);
        await Assert.ThrowsAnyAsync<Exception>(() => inFlight.WaitAsync(TimeSpan.FromSeconds(60)));
        await fixture.Cluster.StartAdditionalSiloAsync();

        var final = await OrderTestKit.EventuallyAsync(order, o => o.State is OrderState.Paid or OrderState.Failed, seconds: 120);

        Assert.Equal(OrderState.Paid, final.State);
        Assert.Single(await order.GetHistoryAsync(), h => h.Kind == OrderChangeKind.PaymentSucceeded);
        var trade = OrderTestKit.Trade(fixture, key)!;
        Assert.Equal(1, trade.PayCalls);
        Assert.Equal(4200, trade.PaidFen);
    }

    [Fact]
    public async Task Unpaid_order_closes_by_itself_when_it_expires()
    {
        var key = OrderTestKit.NewKey("exp");
        var order = fixture.Client.GetGrain<IOrderGrain>(key.ToString());
        var created = await order.CreateAsync(new OrderCreationRequest(
            key, Money.Of(100, "CNY"), "Tea", PaymentChannel.Alipay, "member_1", OrderCreation.MinTimeToExpire));
        Assert.True(created.Succeeded);

        var final = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Closed, seconds: 120);

        Assert.Equal(OrderState.Closed, final.State);
        Assert.True(final.UpdatedAt >= final.ExpiresAt);
        Assert.Contains(await order.GetHistoryAsync(), h => h.Kind == OrderChangeKind.Closed && h.Source == ChangeSource.Reminder);
    }
}
