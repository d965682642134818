using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Sandbox;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Notifications;
using Xunit;

namespace FacePay.Grains.Tests.Orders;

/// <summary>
/// Channel notifications arrive through the notify relay, are verified by the silo and applied by the order:
/// duplicates and late arrivals change nothing and are still acknowledged; forged or wrong-amount ones never apply.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OrderNotificationTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Ten_duplicate_notifications_are_all_acknowledged_and_change_nothing()
    {
        var key = OrderTestKit.NewKey("dup");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.DuplicateNotification, OutTradeNo = key.ChannelOutTradeNo(1), Copies = 10 });

        var paid = await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order));
        Assert.Equal(OrderState.Paid, paid.Order!.State);

        var attempts = await NotificationsAsync(key, list => list.Count(a => a.Acknowledged) >= 10);
        Assert.True(attempts.Count(a => a.Acknowledged) >= 10, Describe(attempts));
        var after = (await order.GetAsync())!;
        Assert.Equal(paid.Order.Version, after.Version);
        Assert.Single(await order.GetHistoryAsync(), h => h.Kind == OrderChangeKind.PaymentSucceeded);
    }

    [Fact]
    public async Task Wrong_amount_notification_is_refused_and_never_applied()
    {
        var key = OrderTestKit.NewKey("wamt");
        var order = await OrderTestKit.CreateAsync(fixture, key, 1500);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.WrongAmountNotification, OutTradeNo = key.ChannelOutTradeNo(1), AmountDeltaFen = 100 });

        var paid = await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order));
        Assert.Equal(OrderState.Paid, paid.Order!.State);

        var attempts = await NotificationsAsync(key, list => list.Count >= 1);
        Assert.NotEmpty(attempts);
        Assert.All(attempts, a => Assert.False(a.Acknowledged, Describe(attempts)));
        var after = (await order.GetAsync())!;
        Assert.Equal(paid.Order.Version, after.Version);
        Assert.Equal(1500, after.Amount.MinorUnits);
    }

    [Fact]
    public async Task Badly_signed_notification_is_refused_and_changes_nothing()
    {
        var key = OrderTestKit.NewKey("bsig");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.BadSignatureNotification, OutTradeNo = key.ChannelOutTradeNo(1) });
        var ready = await OrderTestKit.ReadyToPayAsync(fixture, order);
        var before = (await order.GetAsync())!.Version;
        // The forged notification races the pay call; the order must end paid by the channel's own (signed) answer only.
        var paid = await order.PayAsync(ready);

        var attempts = await NotificationsAsync(key, list => list.Any(a => a.Tampered));
        Assert.Contains(attempts, a => a.Tampered);
        Assert.All(attempts.Where(a => a.Tampered), a => Assert.False(a.Acknowledged));
        Assert.Equal(OrderState.Paid, paid.Order!.State);
        Assert.Equal(before + 2, (await order.GetAsync())!.Version);
    }

    [Fact]
    public async Task Notification_that_arrives_while_the_pay_call_is_in_flight_settles_the_order_once()
    {
        var key = OrderTestKit.NewKey("early");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        // The channel takes the money, sends its notification, and the pay call itself times out.
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Timeout,
            OutTradeNo = key.ChannelOutTradeNo(1),
            Operation = SandboxOperation.Pay,
            ApplyOperation = true,
            Times = 1,
        });

        var first = await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order));
        Assert.Equal(OrderState.Paying, first.Order!.State);

        var settled = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Paid);
        Assert.Equal(OrderState.Paid, settled.State);
        Assert.Single(await order.GetHistoryAsync(), h => h.Kind == OrderChangeKind.PaymentSucceeded);
        Assert.Equal(1, OrderTestKit.Trade(fixture, key)!.PayCalls);
        var attempts = await NotificationsAsync(key, list => list.Any(a => a.Acknowledged));
        Assert.Contains(attempts, a => a.Acknowledged);
    }

    [Fact]
    public async Task Out_of_order_payment_and_refund_notifications_leave_the_order_refunded()
    {
        var key = OrderTestKit.NewKey("ooo");
        var order = await OrderTestKit.CreateAsync(fixture, key, 800);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.OutOfOrderNotification, OutTradeNo = key.ChannelOutTradeNo(1), DelayMs = 3000, Times = 1 });

        Assert.True((await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order))).Succeeded);
        var refunded = await order.RefundAsync(new RefundOrder("all", Money.Of(800, "CNY")));
        Assert.True(refunded.Succeeded, refunded.Message);

        var attempts = await NotificationsAsync(key, list => list.Count(a => a.Acknowledged) >= 2);
        Assert.True(attempts.Count(a => a.Acknowledged) >= 2, Describe(attempts));
        var final = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Refunded);
        Assert.Equal(OrderState.Refunded, final.State);
        Assert.Equal(800, final.Refunded.MinorUnits);
    }

    [Fact]
    public async Task Alipay_notification_of_a_second_partial_refund_is_acknowledged()
    {
        var key = OrderTestKit.NewKey("refund2");
        var order = await OrderTestKit.CreateAsync(fixture, key, 1500);
        Assert.True((await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order))).Succeeded);
        Assert.True((await order.RefundAsync(new RefundOrder("a", Money.Of(500, "CNY")))).Succeeded);
        Assert.True((await order.RefundAsync(new RefundOrder("b", Money.Of(300, "CNY")))).Succeeded);

        // One notification for the payment and one per refund; the second refund's refund_fee is the trade's total (8.00).
        var attempts = await NotificationsAsync(key, list => Notifications(list).Count == 3 && Notifications(list).All(n => n.Any(a => a.Acknowledged)));
        Assert.True(Notifications(attempts).Count == 3 && Notifications(attempts).All(n => n.Any(a => a.Acknowledged)), Describe(attempts));
        var final = (await order.GetAsync())!;
        Assert.Equal((OrderState.PartiallyRefunded, 800L), (final.State, final.Refunded.MinorUnits));
    }

    private static List<IGrouping<string, NotificationAttempt>> Notifications(IEnumerable<NotificationAttempt> attempts) =>
        [.. attempts.GroupBy(a => a.NotificationId)];

    private async Task<IReadOnlyList<NotificationAttempt>> NotificationsAsync(OrderKey key, Func<IReadOnlyList<NotificationAttempt>, bool> condition)
    {
        var channelNo = key.ChannelOutTradeNo(1);
        try
        {
            return Of(await fixture.Sandbox.Notifications.WaitForAsync(all => condition(Of(all, channelNo)), Wait), channelNo);
        }
        catch (TimeoutException)
        {
            return Of(fixture.Sandbox.Notifications.All(), channelNo);
        }
    }

    private static List<NotificationAttempt> Of(IReadOnlyList<NotificationAttempt> all, string channelNo) =>
        all.Where(a => a.Channel == SandboxChannel.Alipay && a.OutTradeNo == channelNo).ToList();

    private static string Describe(IEnumerable<NotificationAttempt> attempts) =>
        string.Join("; ", attempts.Select(a => $"{a.EventType} copy {a.Copy} try {a.Attempt} -> {a.StatusCode} ack={a.Acknowledged} {a.Error}"));
}
