using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderVerificationTests
{
    private static readonly DateTimeOffset T1 = T0.AddMinutes(1);

    private static VerificationResult Verified(string session = "s1", string token = "tok1", string member = "member-1", Money? amount = null) =>
        new(session, true, token, member, amount ?? Amount);

    [Fact]
    public void Starting_verification_moves_created_to_verifying()
    {
        var order = Created();

        var started = Applied(order.StartVerification("s1", T1, ChangeSource.Api));

        Assert.Equal(OrderState.Verifying, started.State);
        Assert.Equal("s1", started.VerificationSessionId);
        Assert.Equal(order.Version + 1, started.Version);
        Assert.Equal(OrderChangeKind.VerificationStarted, started.History[^1].Kind);
    }

    [Fact]
    public void Starting_the_same_session_twice_is_a_duplicate()
    {
        var verifying = Verifying("s1");

        var again = verifying.StartVerification("s1", T1, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(verifying, again.Order);
    }

    [Fact]
    public void A_new_session_supersedes_the_open_one()
    {
        var replaced = Applied(Verifying("s1").StartVerification("s2", T1, ChangeSource.Api));

        var stale = replaced.ApplyVerification(Verified("s1"), T1, ChangeSource.Api);

        Assert.Equal(OrderError.StaleVerification, stale.Error);
        Assert.Same(replaced, stale.Order);
    }

    [Fact]
    public void Verification_cannot_start_after_expiry()
    {
        var order = Created();

        var decision = order.StartVerification("s1", order.ExpiresAt, ChangeSource.Api);

        Assert.Equal(OrderError.Expired, decision.Error);
        Assert.Same(order, decision.Order);
    }

    [Fact]
    public void Successful_verification_binds_token_member_and_amount_and_makes_order_ready_to_pay()
    {
        var ready = Applied(Verifying().ApplyVerification(Verified(), T1, ChangeSource.Api));

        Assert.Equal(OrderState.ReadyToPay, ready.State);
        Assert.Equal(new VerificationBinding("s1", "tok1", "member-1", Amount, T1), ready.Verification);
    }

    [Fact]
    public void Same_success_reported_twice_is_a_duplicate()
    {
        var ready = ReadyToPay();

        var again = ready.ApplyVerification(Verified(), T1, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(ready, again.Order);
    }

    [Fact]
    public void Verification_for_another_member_is_refused()
    {
        var verifying = Verifying();

        var decision = verifying.ApplyVerification(Verified(member: "member-2"), T1, ChangeSource.Api);

        Assert.Equal(OrderError.MemberMismatch, decision.Error);
        Assert.Same(verifying, decision.Order);
    }

    [Fact]
    public void Verification_for_another_amount_is_refused()
    {
        var verifying = Verifying();

        var decision = verifying.ApplyVerification(Verified(amount: Money.Of(1, "CNY")), T1, ChangeSource.Api);

        Assert.Equal(OrderError.AmountMismatch, decision.Error);
        Assert.Same(verifying, decision.Order);
    }

    [Fact]
    public void Verification_without_token_is_refused()
    {
        var verifying = Verifying();

        var decision = verifying.ApplyVerification(new VerificationResult("s1", true, null, "member-1", Amount), T1, ChangeSource.Api);

        Assert.Equal(OrderError.InvalidRequest, decision.Error);
        Assert.Same(verifying, decision.Order);
    }

    [Fact]
    public void Failed_verification_returns_order_to_created_and_counts()
    {
        var failed = Applied(Verifying().ApplyVerification(new VerificationResult("s1", false), T1, ChangeSource.Api));

        Assert.Equal(OrderState.Created, failed.State);
        Assert.Equal(1, failed.VerificationFailures);
    }

    [Fact]
    public void Same_failure_reported_twice_counts_once()
    {
        var failed = Applied(Verifying().ApplyVerification(new VerificationResult("s1", false), T1, ChangeSource.Api));

        var again = failed.ApplyVerification(new VerificationResult("s1", false), T1, ChangeSource.Api);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(failed, again.Order);
    }

    [Fact]
    public void Success_after_the_session_reported_failure_is_refused()
    {
        var failed = Applied(Verifying().ApplyVerification(new VerificationResult("s1", false), T1, ChangeSource.Api));

        var late = failed.ApplyVerification(Verified(), T1, ChangeSource.Api);

        Assert.Equal(OrderError.StaleVerification, late.Error);
        Assert.Same(failed, late.Order);
    }

    [Fact]
    public void Too_many_failed_verifications_close_the_order()
    {
        var order = Created();
        OrderDecision decision = null!;
        for (var i = 1; i <= Order.MaxVerificationFailures; i++)
        {
            order = Applied(order.StartVerification($"s{i}", T1, ChangeSource.Api));
            decision = order.ApplyVerification(new VerificationResult($"s{i}", false), T1, ChangeSource.Api);
            order = Applied(decision);
        }

        Assert.Equal(OrderState.Closed, order.State);
        Assert.Equal(CloseReason.VerificationFailed, order.CloseReason);
        Assert.Equal(CloseReason.VerificationFailed, Assert.IsType<OrderClosed>(Assert.Single(decision.Events)).Reason);
    }

    [Fact]
    public void Verification_cannot_start_while_paying_or_after_payment()
    {
        Assert.Equal(OrderError.AlreadyPaying, Paying().StartVerification("s9", T1, ChangeSource.Api).Error);
        Assert.Equal(OrderError.AlreadyPaid, Paid().StartVerification("s9", T1, ChangeSource.Api).Error);
    }

    [Fact]
    public void A_failed_payment_can_be_verified_again_for_a_new_attempt()
    {
        var reverified = Applied(Applied(Failed().StartVerification("s2", T1, ChangeSource.Api))
            .ApplyVerification(Verified("s2", "tok2"), T1, ChangeSource.Api));

        var second = reverified.BeginPayment(PaymentAuthorization.FaceVerification, "tok2", T1, ChangeSource.Api);

        Assert.Equal(2, Applied(second).CurrentAttempt?.Number);
        Assert.Equal("tok2", second.Attempt?.VerificationTokenId);
        Assert.Equal("order_0001_2", second.Attempt?.ChannelOutTradeNo);
    }
}
