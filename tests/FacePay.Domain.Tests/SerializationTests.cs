using FacePay.Domain.Events;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

/// <summary>The domain types are stored as grain state and sent on the wire with the Orleans serializer.</summary>
public sealed class SerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private T RoundTrip<T>(T value)
    {
        var serializer = _services.GetRequiredService<Serializer>();
        return serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
    }

    [Fact]
    public void Money_round_trips_through_the_orleans_serializer()
    {
        Assert.Equal(Money.Of(1234, "JPY"), RoundTrip(Money.Of(1234, "JPY")));
    }

    [Fact]
    public void Order_with_attempts_refunds_and_history_round_trips()
    {
        var order = Applied(Paid().RequestRefund("r1", Money.Of(100, "CNY"), "broken cup", T0.AddMinutes(1), ChangeSource.Api));

        var copy = RoundTrip(order);

        Assert.Equal(order.Key, copy.Key);
        Assert.Equal(order.Amount, copy.Amount);
        Assert.Equal(order.State, copy.State);
        Assert.Equal(order.Version, copy.Version);
        Assert.Equal(order.ExpiresAt, copy.ExpiresAt);
        Assert.Equal(order.Verification, copy.Verification);
        Assert.Equal(order.Attempts, copy.Attempts);
        Assert.Equal(order.Refunds, copy.Refunds);
        Assert.Equal(order.History, copy.History);
        Assert.Equal(order.RefundableAmount, copy.RefundableAmount);
    }

    [Fact]
    public void Events_round_trip_as_their_base_type_with_the_same_event_id()
    {
        PaymentEvent[] events =
        [
            new OrderCreated(Key, 1, T0, ChangeSource.Api, Amount, PaymentChannel.WechatPay, "member-1"),
            new PaymentSucceeded(Key, 5, T0, ChangeSource.ChannelNotification, Amount, PaymentChannel.Alipay, 1, "order_0001_1", "2026"),
            new PaymentFailed(Key, 5, T0, ChangeSource.ChannelQuery, 1, "order_0001_1", "TRADE_CLOSED", null),
            new RefundSucceeded(Key, 7, T0, ChangeSource.ChannelNotification, "r1", Amount, Amount, true),
            new RefundFailed(Key, 7, T0, ChangeSource.ChannelQuery, "r1", Amount, "ABNORMAL"),
            new OrderClosed(Key, 2, T0, ChangeSource.Reminder, CloseReason.Expired),
        ];

        foreach (var original in events)
        {
            var copy = RoundTrip(original);
            Assert.Equal(original, copy);
            Assert.Equal(original.EventId, copy.EventId);
        }
    }

    [Fact]
    public void Refusal_codes_round_trip_for_command_results()
    {
        Assert.Equal(OrderError.RefundExceedsPaid, RoundTrip(OrderError.RefundExceedsPaid));
    }

    public void Dispose() => _services.Dispose();
}
