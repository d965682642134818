using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderCreationTests
{
    [Fact]
    public void New_request_creates_order_at_version_1_with_created_event()
    {
        var result = OrderCreation.Decide(null, Request(), T0, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        var order = Assert.IsType<Order>(result.Order);
        Assert.Equal(OrderState.Created, order.State);
        Assert.Equal(1, order.Version);
        Assert.Equal(Amount, order.Amount);
        Assert.Equal(T0, order.CreatedAt);
        Assert.Equal(T0, order.UpdatedAt);
        Assert.Equal(T0.AddMinutes(15), order.ExpiresAt);
        var entry = Assert.Single(order.History);
        Assert.Equal(OrderChangeKind.Created, entry.Kind);
        var created = Assert.IsType<OrderCreated>(Assert.Single(result.Events));
        Assert.Equal("m001/order_0001/v1/order-created", created.EventId);
    }

    [Fact]
    public void Same_body_again_returns_the_same_order_as_duplicate()
    {
        var existing = Created();

        var result = OrderCreation.Decide(existing, Request(), T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, result.Outcome);
        Assert.Same(existing, result.Order);
        Assert.Empty(result.Events);
        Assert.True(OrderCreation.Matches(existing, Request()));
    }

    [Fact]
    public void Same_body_again_after_payment_still_returns_the_existing_order()
    {
        var existing = Paid();

        var result = OrderCreation.Decide(existing, Request(), T0.AddMinutes(1), ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, result.Outcome);
        Assert.Same(existing, result.Order);
    }

    public static TheoryData<OrderCreationRequest> DifferentBodies() =>
    [
        Request(amount: Money.Of(1235, "CNY")),
        Request(amount: Money.Of(1234, "HKD")),
        Request(description: "Tea"),
        Request(channel: PaymentChannel.WechatPay),
        Request(memberId: "member-2"),
        Request() with { TimeToExpire = TimeSpan.FromMinutes(30) },
    ];

    [Theory]
    [MemberData(nameof(DifferentBodies))]
    public void Different_body_with_same_key_is_a_conflict(OrderCreationRequest different)
    {
        var existing = Created();

        var result = OrderCreation.Decide(existing, different, T0, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Refused, result.Outcome);
        Assert.Equal(OrderError.Conflict, result.Error);
        Assert.Same(existing, result.Order);
        Assert.False(OrderCreation.Matches(existing, different));
    }

    public static TheoryData<OrderCreationRequest> InvalidBodies() =>
    [
        Request(amount: Money.Of(0, "CNY")),
        Request(amount: Money.Of(-1, "CNY")),
        Request(description: ""),
        Request(description: new string('x', OrderCreation.MaxDescriptionLength + 1)),
        Request(channel: (PaymentChannel)99),
        Request(memberId: " "),
        Request() with { TimeToExpire = TimeSpan.Zero },
        Request() with { TimeToExpire = TimeSpan.FromDays(2) },
        Request() with { Key = default },
    ];

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public void Invalid_request_is_refused_and_creates_nothing(OrderCreationRequest invalid)
    {
        var result = OrderCreation.Decide(null, invalid, T0, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Refused, result.Outcome);
        Assert.Equal(OrderError.InvalidRequest, result.Error);
        Assert.Null(result.Order);
        Assert.Empty(result.Events);
    }
}
