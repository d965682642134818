using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderRefundTests
{
    private static readonly DateTimeOffset T1 = T0.AddMinutes(1);

    private static Money Cny(long minorUnits) => Money.Of(minorUnits, "CNY");

    private static OrderDecision Request(Order order, string outRefundNo, long minorUnits) =>
        order.RequestRefund(outRefundNo, Cny(minorUnits), null, T1, ChangeSource.Api);

    private static ChannelRefundResult RefundOk(string outRefundNo, Money? amount = null) =>
        new(outRefundNo, RefundOutcome.Succeeded, ChangeSource.ChannelNotification, amount, "wx-refund-1");

    private static ChannelRefundResult RefundFailed(string outRefundNo) =>
        new(outRefundNo, RefundOutcome.Failed, ChangeSource.ChannelQuery, null, null, "ABNORMAL");

    [Fact]
    public void Refund_request_on_paid_order_is_pending_and_asks_the_channel()
    {
        var decision = Request(Paid(), "r1", 100);

        var order = Applied(decision);
        Assert.Equal(OrderState.Paid, order.State);
        Assert.Equal(ChannelAction.Refund, decision.Action);
        Assert.Equal(("r1", RefundStatus.Pending, "order_0001_1_Rr1"), (decision.Refund?.OutRefundNo, decision.Refund?.Status, decision.Refund?.ChannelOutRefundNo));
        Assert.Equal(Cny(100), order.PendingRefundAmount);
        Assert.Equal(Cny(1134), order.RefundableAmount);
    }

    [Fact]
    public void Same_refund_number_and_amount_returns_the_existing_refund()
    {
        var order = Applied(Request(Paid(), "r1", 100));

        var again = Request(order, "r1", 100);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Equal(order.Refunds[0], again.Refund);
        Assert.Equal(ChannelAction.Refund, again.Action);
        Assert.Same(order, again.Order);
    }

    [Fact]
    public void Same_refund_number_with_another_amount_is_a_conflict()
    {
        var order = Applied(Request(Paid(), "r1", 100));

        var other = Request(order, "r1", 200);

        Assert.Equal(OrderError.Conflict, other.Error);
        Assert.Same(order, other.Order);
    }

    [Fact]
    public void Pending_and_successful_refunds_never_exceed_the_paid_amount()
    {
        var order = Applied(Request(Paid(), "r1", 1000));

        var tooMuch = Request(order, "r2", 235);
        var exact = Request(order, "r2", 234);

        Assert.Equal(OrderError.RefundExceedsPaid, tooMuch.Error);
        Assert.Same(order, tooMuch.Order);
        Assert.True(exact.IsApplied);
    }

    [Fact]
    public void Refund_of_unpaid_order_is_refused()
    {
        Assert.Equal(OrderError.NotPaid, Request(Created(), "r1", 1).Error);
        Assert.Equal(OrderError.NotPaid, Request(Paying(), "r1", 1).Error);
    }

    [Theory]
    [InlineData("r1", 0)]
    [InlineData("r1", -1)]
    [InlineData("", 1)]
    [InlineData("r-1", 1)]
    [InlineData("r1234567890123456789012345678901", 1)]
    public void Malformed_refund_request_is_refused(string outRefundNo, long minorUnits)
    {
        Assert.Equal(OrderError.InvalidRequest, Request(Paid(), outRefundNo, minorUnits).Error);
    }

    [Fact]
    public void Refund_in_another_currency_is_refused()
    {
        Assert.Equal(OrderError.InvalidRequest, Paid().RequestRefund("r1", Money.Of(1, "USD"), null, T1, ChangeSource.Api).Error);
    }

    [Fact]
    public void Partial_refund_success_moves_to_partially_refunded_with_event()
    {
        var order = Applied(Request(Paid(), "r1", 234));

        var decision = order.ApplyRefundResult(RefundOk("r1", Cny(234)), T1);

        var refunded = Applied(decision);
        Assert.Equal(OrderState.PartiallyRefunded, refunded.State);
        var evt = Assert.IsType<RefundSucceeded>(Assert.Single(decision.Events));
        Assert.Equal(("r1", Cny(234), Cny(234), false), (evt.OutRefundNo, evt.Amount, evt.TotalRefunded, evt.FullyRefunded));
        Assert.Equal($"m001/order_0001/v{refunded.Version}/refund-succeeded-r1", evt.EventId);
    }

    [Fact]
    public void Refunds_adding_up_to_the_paid_amount_move_to_refunded()
    {
        var order = Applied(Request(Paid(), "r1", 1000));
        order = Applied(Request(order, "r2", 234));
        order = Applied(order.ApplyRefundResult(RefundOk("r1"), T1));

        var decision = order.ApplyRefundResult(RefundOk("r2"), T1);

        Assert.Equal(OrderState.Refunded, Applied(decision).State);
        Assert.True(Assert.IsType<RefundSucceeded>(Assert.Single(decision.Events)).FullyRefunded);
        Assert.Equal(OrderError.RefundExceedsPaid, Request(decision.Order, "r3", 1).Error);
    }

    [Fact]
    public void Duplicate_refund_success_changes_nothing()
    {
        var order = Applied(Applied(Request(Paid(), "r1", 100)).ApplyRefundResult(RefundOk("r1"), T1));

        var again = order.ApplyRefundResult(RefundOk("r1"), T1);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(order, again.Order);
    }

    [Fact]
    public void Refund_failure_releases_the_amount_and_publishes_refund_failed()
    {
        var order = Applied(Request(Paid(), "r1", 1234));

        var decision = order.ApplyRefundResult(RefundFailed("r1"), T1);

        var failed = Applied(decision);
        Assert.Equal(OrderState.Paid, failed.State);
        Assert.Equal(Amount, failed.RefundableAmount);
        Assert.IsType<RefundFailed>(Assert.Single(decision.Events));
        Assert.Same(failed, failed.ApplyRefundResult(RefundFailed("r1"), T1).Order);
    }

    [Fact]
    public void Late_refund_failure_after_success_changes_nothing()
    {
        var order = Applied(Applied(Request(Paid(), "r1", 100)).ApplyRefundResult(RefundOk("r1"), T1));

        var late = order.ApplyRefundResult(RefundFailed("r1"), T1);

        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Same(order, late.Order);
    }

    [Fact]
    public void Refund_success_after_failure_is_applied_only_if_it_still_fits()
    {
        var failed = Applied(Applied(Request(Paid(), "r1", 1000)).ApplyRefundResult(RefundFailed("r1"), T1));
        var reissued = Applied(Request(failed, "r2", 1000));

        var fits = failed.ApplyRefundResult(RefundOk("r1"), T1);
        var exceeds = reissued.ApplyRefundResult(RefundOk("r1"), T1);

        Assert.Equal(OrderState.PartiallyRefunded, Applied(fits).State);
        Assert.Equal(OrderError.RefundExceedsPaid, exceeds.Error);
        Assert.Same(reissued, exceeds.Order);
    }

    [Fact]
    public void Refund_result_with_another_amount_is_refused()
    {
        var order = Applied(Request(Paid(), "r1", 100));

        var decision = order.ApplyRefundResult(RefundOk("r1", Cny(101)), T1);

        Assert.Equal(OrderError.AmountMismatch, decision.Error);
        Assert.Same(order, decision.Order);
    }

    [Fact]
    public void Second_partial_refund_reported_with_the_trades_refunded_total_succeeds()
    {
        var first = Applied(Applied(Request(Paid(), "r1", 100)).ApplyRefundResult(RefundOk("r1"), T1));
        var order = Applied(Request(first, "r2", 50));

        // Alipay's refund notification says only what the whole trade has refunded: 100 + 50.
        var decision = order.ApplyRefundResult(RefundOk("r2") with { RefundedTotal = Cny(150) }, T1);

        var settled = Applied(decision);
        Assert.Equal((OrderState.PartiallyRefunded, Cny(150)), (settled.State, settled.RefundedAmount));
        Assert.IsType<RefundSucceeded>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Refunded_total_may_count_a_refund_whose_answer_has_not_arrived_yet()
    {
        var order = Applied(Request(Applied(Request(Paid(), "r1", 100)), "r2", 50));

        var decision = order.ApplyRefundResult(RefundOk("r2") with { RefundedTotal = Cny(150) }, T1);

        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        Assert.Equal(Cny(50), decision.Order.RefundedAmount);
    }

    [Fact]
    public void A_delayed_answer_may_name_a_refunded_total_older_than_refunds_that_succeeded_since()
    {
        // r1 at the channel first (total 100), its notification held back; r2 (50) answered and recorded meanwhile.
        var order = Applied(Applied(Request(Applied(Request(Paid(), "r1", 100)), "r2", 50)).ApplyRefundResult(RefundOk("r2"), T1));

        var decision = order.ApplyRefundResult(RefundOk("r1") with { RefundedTotal = Cny(100) }, T1);

        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        Assert.Equal((OrderState.PartiallyRefunded, Cny(150)), (decision.Order.State, decision.Order.RefundedAmount));
    }

    [Theory]
    [InlineData(49)]
    [InlineData(149)]
    [InlineData(151)]
    [InlineData(1234)]
    public void Refunded_total_the_orders_refunds_cannot_add_up_to_is_refused(long total)
    {
        var first = Applied(Applied(Request(Paid(), "r1", 100)).ApplyRefundResult(RefundOk("r1"), T1));
        var order = Applied(Request(first, "r2", 50));

        var decision = order.ApplyRefundResult(RefundOk("r2") with { RefundedTotal = Cny(total) }, T1);

        Assert.Equal((OrderError.AmountMismatch, ChannelAction.AlertAmountMismatch), (decision.Error, decision.Action));
        Assert.Same(order, decision.Order);
    }

    [Fact]
    public void Refund_result_naming_a_trade_amount_other_than_the_orders_is_refused()
    {
        var order = Applied(Request(Paid(), "r1", 100));

        // A validly signed Alipay refund notification whose total_amount is not what the order was paid.
        var decision = order.ApplyRefundResult(RefundOk("r1") with { RefundedTotal = Cny(100), TradeAmount = order.Amount + Cny(1) }, T1);

        Assert.Equal((OrderError.AmountMismatch, ChannelAction.AlertAmountMismatch), (decision.Error, decision.Action));
        Assert.Same(order, decision.Order);
    }

    [Fact]
    public void Result_for_an_unknown_refund_is_refused()
    {
        var paid = Paid();

        Assert.Equal(OrderError.UnknownRefund, paid.ApplyRefundResult(RefundOk("nope"), T1).Error);
    }
}
