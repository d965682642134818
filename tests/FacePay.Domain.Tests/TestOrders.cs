namespace FacePay.Domain.Tests;

/// <summary>Builders for orders in each state, driven only through the public rules.</summary>
internal static class TestOrders
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    public static readonly OrderKey Key = new("m001", "order_0001");
    public static readonly Money Amount = Money.Of(1234, "CNY");

    public static OrderCreationRequest Request(
        Money? amount = null, string description = "Coffee", PaymentChannel channel = PaymentChannel.Alipay, string memberId = "member-1") =>
        new(Key, amount ?? Amount, description, channel, memberId, TimeSpan.FromMinutes(15));

    public static Order Created() => Order.Create(Request(), T0, ChangeSource.Api).Order;

    public static Order Verifying(string sessionId = "s1") =>
        Applied(Created().StartVerification(sessionId, T0.AddSeconds(1), ChangeSource.Api));

    public static Order ReadyToPay() =>
        Applied(Verifying().ApplyVerification(new VerificationResult("s1", true, "tok1", "member-1", Amount), T0.AddSeconds(2), ChangeSource.Api));

    public static Order Paying() =>
        Applied(ReadyToPay().BeginPayment(PaymentAuthorization.FaceVerification, "tok1", T0.AddSeconds(3), ChangeSource.Api));

    public static Order Paid() =>
        Applied(Paying().ApplyChannelResult(Success(Key.ChannelOutTradeNo(1)), T0.AddSeconds(4)));

    public static Order Failed() =>
        Applied(Paying().ApplyChannelResult(Failure(Key.ChannelOutTradeNo(1)), T0.AddSeconds(4)));

    public static ChannelPaymentResult Success(string channelOutTradeNo, Money? amount = null, ChangeSource source = ChangeSource.ChannelResponse) =>
        new(channelOutTradeNo, ChannelPaymentOutcome.Success, source, amount ?? Amount, "2026112322001");

    public static ChannelPaymentResult Failure(string channelOutTradeNo, ChangeSource source = ChangeSource.ChannelResponse) =>
        new(channelOutTradeNo, ChannelPaymentOutcome.DefiniteFailure, source, null, null, "TRADE_CLOSED", "closed");

    public static Order Applied(OrderDecision decision)
    {
        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        return decision.Order;
    }
}
