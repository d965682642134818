using FacePay.Domain;
using FacePay.Domain.Events;

namespace FacePay.Reconciliation.Tests.Matching;

/// <summary>Domain orders in the states reconciliation meets, built through the order's own rules.</summary>
internal static class Orders
{
    public const string Merchant = "m_recon";
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    public static readonly Money Amount = Money.Of(1999, "CNY");

    public static OrderKey Key(string no = "order_0001") => new(Merchant, no);

    public static Order Created(string no = "order_0001") => Order.Create(
        new OrderCreationRequest(Key(no), Amount, "Latte", PaymentChannel.Alipay, "member", TimeSpan.FromMinutes(15)), T0, ChangeSource.Api).Order;

    public static Order Paying(Order order) => Applied(order.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T0.AddSeconds(1), ChangeSource.Api)).Order;

    public static Order Unknown(string no = "order_0001") => Applied(Paying(Created(no)).ApplyChannelResult(
        new ChannelPaymentResult(Key(no).ChannelOutTradeNo(1), ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse), T0.AddSeconds(2))).Order;

    public static Order Failed(string no = "order_0001") => Applied(Paying(Created(no)).ApplyChannelResult(
        new ChannelPaymentResult(Key(no).ChannelOutTradeNo(1), ChannelPaymentOutcome.DefiniteFailure, ChangeSource.ChannelResponse, ErrorCode: "NOTENOUGH"), T0.AddSeconds(2))).Order;

    public static Order Paid(string no = "order_0001") => PaidDecision(no).Order;

    public static OrderDecision PaidDecision(string no = "order_0001") => Applied(Paying(Created(no)).ApplyChannelResult(Success(Key(no).ChannelOutTradeNo(1)), T0.AddSeconds(2)));

    /// <summary>Attempt 1 failed, attempt 2 paid.</summary>
    public static Order PaidBySecondAttempt(string no = "order_0001")
    {
        var second = Paying(Failed(no));
        return Applied(second.ApplyChannelResult(Success(Key(no).ChannelOutTradeNo(2)), T0.AddSeconds(4))).Order;
    }

    public static OrderDecision Refund(Order paid, string outRefundNo, long fen) =>
        Applied(paid.RequestRefund(outRefundNo, Money.Of(fen, "CNY"), null, T0.AddSeconds(5), ChangeSource.Api));

    public static OrderDecision RefundSettled(Order withPendingRefund, string outRefundNo, RefundOutcome outcome) =>
        Applied(withPendingRefund.ApplyRefundResult(new ChannelRefundResult(outRefundNo, outcome, ChangeSource.ChannelResponse), T0.AddSeconds(6)));

    public static ChannelPaymentResult Success(string tradeNo) => new(tradeNo, ChannelPaymentOutcome.Success, ChangeSource.ChannelResponse, Amount, "2026112322001");

    public static IEnumerable<PaymentEvent> Events(OrderDecision decision) => decision.Events;

    private static OrderDecision Applied(OrderDecision decision)
    {
        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        return decision;
    }
}
