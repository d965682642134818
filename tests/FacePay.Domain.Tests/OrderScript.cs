namespace FacePay.Domain.Tests;

/// <summary>One thing that can happen to an order: a merchant command, a verification report or a channel report.</summary>
public abstract record OrderStep
{
    /// <summary>Minutes after the previous step (may be negative: clocks of different silos disagree).</summary>
    public int MinutesLater { get; init; }

    public abstract OrderDecision ApplyTo(Order order, DateTimeOffset now);
}

public sealed record StartVerificationStep(string SessionId) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.StartVerification(SessionId, now, ChangeSource.Api);
}

public sealed record VerificationStep(VerificationResult Result) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.ApplyVerification(Result, now, ChangeSource.Api);
}

public sealed record BeginPaymentStep(PaymentAuthorization Authorization) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.BeginPayment(Authorization, order.Verification?.TokenId, now, ChangeSource.Api);
}

public sealed record ChannelResultStep(ChannelPaymentResult Result) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.ApplyChannelResult(Result, now);
}

public sealed record CloseStep(CloseReason Reason) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.Close(Reason, now, ChangeSource.Api);
}

public sealed record RefundRequestStep(string OutRefundNo, Money Amount) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.RequestRefund(OutRefundNo, Amount, null, now, ChangeSource.Api);
}

public sealed record RefundResultStep(ChannelRefundResult Result) : OrderStep
{
    public override OrderDecision ApplyTo(Order order, DateTimeOffset now) => order.ApplyRefundResult(Result, now);
}
