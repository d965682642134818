using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class PaymentEventTests
{
    [Fact]
    public void Deciding_the_same_change_again_yields_the_same_event_id_so_republication_dedupes()
    {
        var paying = Paying();
        var at = T0.AddMinutes(1);

        var first = paying.ApplyChannelResult(Success(Key.ChannelOutTradeNo(1)), at);
        var retried = paying.ApplyChannelResult(Success(Key.ChannelOutTradeNo(1)), at);

        Assert.Equal(Assert.Single(first.Events), Assert.Single(retried.Events));
        Assert.Equal(first.Events[0].EventId, retried.Events[0].EventId);
    }

    [Fact]
    public void Event_id_names_merchant_order_version_and_kind()
    {
        var evt = new OrderClosed(Key, 3, T0, ChangeSource.Reminder, CloseReason.Expired);

        Assert.Equal("m001/order_0001/v3/order-closed", evt.EventId);
        Assert.Equal("m001", evt.MerchantId);
        Assert.Equal("order_0001", evt.OutTradeNo);
    }

    [Fact]
    public void Refund_events_of_different_refunds_have_different_ids()
    {
        var a = new RefundSucceeded(Key, 7, T0, ChangeSource.ChannelNotification, "r1", Amount, Amount, true);
        var b = a with { OutRefundNo = "r2" };

        Assert.NotEqual(a.EventId, b.EventId);
    }

    [Fact]
    public void Every_accepted_change_of_a_full_life_publishes_events_with_its_own_version()
    {
        var created = OrderCreation.Decide(null, Request(), T0, ChangeSource.Api);
        var order = created.Order!;
        var decisions = new List<OrderDecision>();
        OrderDecision Step(OrderDecision d)
        {
            decisions.Add(d);
            order = Applied(d);
            return d;
        }

        Step(order.StartVerification("s1", T0, ChangeSource.Api));
        Step(order.ApplyVerification(new VerificationResult("s1", true, "tok1", "member-1", Amount), T0, ChangeSource.Api));
        Step(order.BeginPayment(PaymentAuthorization.FaceVerification, "tok1", T0, ChangeSource.Api));
        Step(order.ApplyChannelResult(Success(Key.ChannelOutTradeNo(1)), T0));
        Step(order.RequestRefund("r1", Amount, null, T0, ChangeSource.Api));
        Step(order.ApplyRefundResult(new ChannelRefundResult("r1", RefundOutcome.Succeeded, ChangeSource.ChannelNotification), T0));

        var events = created.Events.Concat(decisions.SelectMany(d => d.Events)).ToList();
        Assert.Collection(
            events,
            e => Assert.IsType<OrderCreated>(e),
            e => Assert.Equal(5, Assert.IsType<PaymentSucceeded>(e).OrderVersion),
            e => Assert.Equal(7, Assert.IsType<RefundSucceeded>(e).OrderVersion));
        Assert.Equal(OrderState.Refunded, order.State);
        Assert.Equal(
            [OrderChangeKind.Created, OrderChangeKind.VerificationStarted, OrderChangeKind.VerificationSucceeded, OrderChangeKind.PaymentStarted,
             OrderChangeKind.PaymentSucceeded, OrderChangeKind.RefundRequested, OrderChangeKind.RefundSucceeded],
            order.History.Select(h => h.Kind));
    }
}
