using FsCheck;
using FsCheck.Fluent;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

/// <summary>
/// Random scripts of order steps over a small pool of sessions, attempts and refund numbers, so duplicates,
/// reorderings and contradictions are frequent; amounts are mostly right and sometimes wrong.
/// </summary>
public static class OrderScriptGenerators
{
    private static readonly Gen<Money?> ReportedAmount = Gen.Frequency(
        (8, Gen.Constant<Money?>(Amount)),
        (1, Gen.Constant<Money?>(Money.Of(1233, "CNY"))),
        (1, Gen.Constant<Money?>(Money.Of(1234, "HKD"))),
        (1, Gen.Constant<Money?>(null)));

    private static readonly Gen<ChangeSource> ChannelSource =
        Gen.Elements(ChangeSource.ChannelResponse, ChangeSource.ChannelNotification, ChangeSource.ChannelQuery, ChangeSource.Operator);

    private static readonly Gen<string> Session = Gen.Elements("s1", "s2", "s3");

    private static readonly Gen<string> RefundNo = Gen.Elements("r1", "r2", "r3", "r4");

    private static readonly Gen<OrderStep> StartVerification =
        Session.Select(s => (OrderStep)new StartVerificationStep(s));

    private static readonly Gen<OrderStep> Verification =
        from session in Session
        from succeeded in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from member in Gen.Frequency((6, Gen.Constant("member-1")), (1, Gen.Constant("member-2")))
        from amount in ReportedAmount
        select (OrderStep)new VerificationStep(new VerificationResult(session, succeeded, "tok-" + session, member, amount));

    private static readonly Gen<OrderStep> BeginPayment =
        Gen.Elements(PaymentAuthorization.FaceVerification, PaymentAuthorization.WithholdingAgreement)
            .Select(a => (OrderStep)new BeginPaymentStep(a));

    private static readonly Gen<OrderStep> ChannelResult =
        from attempt in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from outcome in Gen.Frequency(
            (5, Gen.Constant(ChannelPaymentOutcome.Success)),
            (2, Gen.Constant(ChannelPaymentOutcome.DefiniteFailure)),
            (2, Gen.Constant(ChannelPaymentOutcome.Unknown)),
            (1, Gen.Constant(ChannelPaymentOutcome.Retryable)))
        from amount in ReportedAmount
        from source in ChannelSource
        select (OrderStep)new ChannelResultStep(new ChannelPaymentResult(Key.ChannelOutTradeNo(attempt), outcome, source, amount, "T" + attempt));

    private static readonly Gen<OrderStep> Close =
        Gen.Elements(CloseReason.MerchantRequest, CloseReason.Expired, CloseReason.Operator).Select(r => (OrderStep)new CloseStep(r));

    private static readonly Gen<OrderStep> RefundRequest =
        from no in RefundNo
        from minor in Gen.Elements(1L, 100L, 617L, 1000L, 1234L, 1235L)
        select (OrderStep)new RefundRequestStep(no, Money.Of(minor, "CNY"));

    private static readonly Gen<OrderStep> RefundResult =
        from no in RefundNo
        from succeeded in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from amount in Gen.Frequency((4, Gen.Constant<Money?>(null)), (1, Gen.Elements<Money?>(Money.Of(100, "CNY"), Money.Of(617, "CNY"))))
        from source in ChannelSource
        select (OrderStep)new RefundResultStep(new ChannelRefundResult(no, succeeded ? RefundOutcome.Succeeded : RefundOutcome.Failed, source, amount));

    /// <summary>One step, with the time it happens relative to the previous step.</summary>
    public static readonly Gen<OrderStep> Step =
        from step in Gen.Frequency(
            (2, StartVerification),
            (3, Verification),
            (3, BeginPayment),
            (6, ChannelResult),
            (1, Close),
            (3, RefundRequest),
            (4, RefundResult))
        from minutes in Gen.Frequency((8, Gen.Choose(0, 2)), (1, Gen.Constant(-3)))
        select step with { MinutesLater = minutes };

    /// <summary>A script of up to 80 steps.</summary>
    public static readonly Gen<OrderStep[]> Script = Gen.Choose(0, 80).SelectMany(n => Step.ArrayOf(n));

    /// <summary>The arbitrary FsCheck.Xunit uses for <see cref="OrderStep"/> arrays.</summary>
    public static Arbitrary<OrderStep[]> Scripts() => Arb.From(Script);
}
