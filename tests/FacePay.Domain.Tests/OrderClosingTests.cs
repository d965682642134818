using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderClosingTests
{
    public static TheoryData<string> UnpaidStates() => ["Created", "Verifying", "ReadyToPay", "Failed"];

    private static Order InState(string state) => state switch
    {
        "Created" => Created(),
        "Verifying" => Verifying(),
        "ReadyToPay" => ReadyToPay(),
        "Failed" => Failed(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    [Theory]
    [MemberData(nameof(UnpaidStates))]
    public void Unpaid_order_closes_with_event_and_new_version(string state)
    {
        var order = InState(state);

        var decision = order.Close(CloseReason.MerchantRequest, T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        Assert.Equal(OrderState.Closed, decision.Order.State);
        Assert.Equal(CloseReason.MerchantRequest, decision.Order.CloseReason);
        Assert.Equal(order.Version + 1, decision.Order.Version);
        Assert.Equal(T0.AddMinutes(1), decision.Order.UpdatedAt);
        var entry = decision.Order.History[^1];
        Assert.Equal((OrderChangeKind.Closed, order.State, OrderState.Closed, ChangeSource.Api), (entry.Kind, entry.From, entry.To, entry.Source));
        var closed = Assert.IsType<OrderClosed>(Assert.Single(decision.Events));
        Assert.Equal($"m001/order_0001/v{order.Version + 1}/order-closed", closed.EventId);
    }

    [Fact]
    public void Closing_twice_is_a_duplicate_and_changes_nothing()
    {
        var closed = Created().Close(CloseReason.MerchantRequest, T0, ChangeSource.Api).Order;

        var again = closed.Close(CloseReason.MerchantRequest, T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(closed, again.Order);
        Assert.Empty(again.Events);
    }

    [Fact]
    public void Closing_while_paying_asks_to_cancel_at_the_channel_first()
    {
        var paying = Paying();

        var decision = paying.Close(CloseReason.MerchantRequest, T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
        Assert.Equal(OrderError.CancelAtChannelFirst, decision.Error);
        Assert.Equal(ChannelAction.CancelAttempt, decision.Action);
        Assert.Equal("order_0001_1", decision.Attempt?.ChannelOutTradeNo);
        Assert.Same(paying, decision.Order);
    }

    [Fact]
    public void Confirmed_cancel_then_close_closes_a_paying_order()
    {
        var cancelled = Applied(Paying().ApplyChannelResult(
            new ChannelPaymentResult("order_0001_1", ChannelPaymentOutcome.DefiniteFailure, ChangeSource.ChannelResponse, ErrorCode: "TRADE_CANCELLED"),
            T0.AddMinutes(1)));

        var decision = cancelled.Close(CloseReason.MerchantRequest, T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(OrderState.Closed, Applied(decision).State);
    }

    [Fact]
    public void Paid_order_cannot_be_closed()
    {
        var paid = Paid();

        var decision = paid.Close(CloseReason.MerchantRequest, T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(OrderError.AlreadyPaid, decision.Error);
        Assert.Same(paid, decision.Order);
    }

    [Fact]
    public void Expire_before_expiry_time_is_refused()
    {
        var order = Created();

        var decision = order.Expire(order.ExpiresAt.AddTicks(-1), ChangeSource.Reminder);

        Assert.Equal(OrderError.NotExpired, decision.Error);
        Assert.Same(order, decision.Order);
    }

    [Fact]
    public void Expire_at_expiry_time_closes_as_expired()
    {
        var order = Verifying();

        var decision = order.Expire(order.ExpiresAt, ChangeSource.Reminder);

        Assert.Equal(CloseReason.Expired, Applied(decision).CloseReason);
        Assert.Equal(CloseReason.Expired, Assert.IsType<OrderClosed>(Assert.Single(decision.Events)).Reason);
    }

    [Fact]
    public void Expiry_while_paying_asks_to_cancel_at_the_channel_first()
    {
        var paying = Paying();

        var decision = paying.Expire(paying.ExpiresAt.AddMinutes(1), ChangeSource.Reminder);

        Assert.Equal(OrderError.CancelAtChannelFirst, decision.Error);
        Assert.Equal(ChannelAction.CancelAttempt, decision.Action);
    }

    [Fact]
    public void Updated_time_never_moves_backwards()
    {
        var order = Verifying();

        var closed = Applied(order.Close(CloseReason.Operator, T0.AddHours(-1), ChangeSource.Operator));

        Assert.Equal(order.UpdatedAt, closed.UpdatedAt);
        Assert.Equal(T0.AddHours(-1), closed.History[^1].At);
    }
}
