using FacePay.Domain.Events;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderPaymentTests
{
    private static readonly DateTimeOffset T1 = T0.AddMinutes(1);
    private static readonly string Attempt1 = Key.ChannelOutTradeNo(1);

    [Fact]
    public void Begin_payment_from_ready_to_pay_opens_attempt_1_and_asks_to_pay()
    {
        var decision = ReadyToPay().BeginPayment(PaymentAuthorization.FaceVerification, "tok1", T1, ChangeSource.Api);

        var paying = Applied(decision);
        Assert.Equal(OrderState.Paying, paying.State);
        Assert.Equal(ChannelAction.Pay, decision.Action);
        var attempt = Assert.Single(paying.Attempts);
        Assert.Equal(decision.Attempt, attempt);
        Assert.Equal((1, "order_0001_1", PaymentAttemptStatus.Pending, "tok1"), (attempt.Number, attempt.ChannelOutTradeNo, attempt.Status, attempt.VerificationTokenId));
        Assert.Empty(decision.Events);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tok_of_another_session")]
    public void A_face_payment_without_the_orders_own_verification_token_is_refused_and_changes_nothing(string? token)
    {
        var ready = ReadyToPay();

        var refused = ready.BeginPayment(PaymentAuthorization.FaceVerification, token, T1, ChangeSource.Api);

        Assert.Equal(OrderError.InvalidVerificationToken, refused.Error);
        Assert.Same(ready, refused.Order);
        Assert.Equal(ChannelAction.None, refused.Action);
    }

    [Fact]
    public void Begin_payment_from_created_requires_face_verification_unless_withholding_is_explicit()
    {
        var created = Created();

        var refused = created.BeginPayment(PaymentAuthorization.FaceVerification, "tok1", T1, ChangeSource.Api);
        var withheld = created.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api);

        Assert.Equal(OrderError.VerificationRequired, refused.Error);
        Assert.Same(created, refused.Order);
        Assert.Equal(OrderState.Paying, Applied(withheld).State);
        Assert.Null(withheld.Attempt?.VerificationTokenId);
    }

    [Fact]
    public void Begin_payment_while_verifying_is_refused()
    {
        var verifying = Verifying();

        Assert.Equal(OrderError.VerificationRequired, verifying.BeginPayment(PaymentAuthorization.FaceVerification, "tok1", T1, ChangeSource.Api).Error);
        Assert.Equal(OrderError.VerificationRequired, verifying.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api).Error);
    }

    [Fact]
    public void Second_begin_payment_while_paying_is_refused_so_the_channel_is_never_called_twice()
    {
        var paying = Paying();

        var again = paying.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api);

        Assert.Equal(OrderError.AlreadyPaying, again.Error);
        Assert.Equal(ChannelAction.None, again.Action);
        Assert.Same(paying, again.Order);
        Assert.Equal(Attempt1, again.Attempt?.ChannelOutTradeNo);
    }

    [Fact]
    public void Begin_payment_after_paid_is_refused()
    {
        var paid = Paid();

        var again = paid.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api);

        Assert.Equal(OrderError.AlreadyPaid, again.Error);
        Assert.Same(paid, again.Order);
    }

    [Fact]
    public void Begin_payment_on_closed_or_expired_order_is_refused()
    {
        var created = Created();
        var closed = Applied(created.Close(CloseReason.MerchantRequest, T1, ChangeSource.Api));

        Assert.Equal(OrderError.OrderClosed, closed.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api).Error);
        Assert.Equal(OrderError.Expired, created.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, created.ExpiresAt, ChangeSource.Api).Error);
    }

    [Fact]
    public void Success_with_matching_amount_marks_paid_and_publishes_payment_succeeded()
    {
        var paying = Paying();

        var decision = paying.ApplyChannelResult(Success(Attempt1), T1);

        var paid = Applied(decision);
        Assert.Equal(OrderState.Paid, paid.State);
        Assert.Equal(PaymentAttemptStatus.Succeeded, paid.SucceededAttempt?.Status);
        Assert.Equal("2026112322001", paid.SucceededAttempt?.ChannelTradeNo);
        var succeeded = Assert.IsType<PaymentSucceeded>(Assert.Single(decision.Events));
        Assert.Equal((paid.Version, Amount, 1, Attempt1), (succeeded.OrderVersion, succeeded.Amount, succeeded.Attempt, succeeded.ChannelOutTradeNo));
        Assert.Equal($"m001/order_0001/v{paid.Version}/payment-succeeded", succeeded.EventId);
    }

    [Theory]
    [InlineData(ChangeSource.ChannelResponse)]
    [InlineData(ChangeSource.ChannelNotification)]
    [InlineData(ChangeSource.ChannelQuery)]
    public void Second_success_from_any_source_is_a_duplicate_and_changes_nothing(ChangeSource source)
    {
        var paid = Paid();

        var again = paid.ApplyChannelResult(Success(Attempt1, source: source), T1);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(paid, again.Order);
        Assert.Empty(again.Events);
    }

    public static TheoryData<Money?> WrongAmounts() => [Money.Of(1233, "CNY"), Money.Of(1234, "HKD"), Money.Of(123400, "JPY"), null];

    [Theory]
    [MemberData(nameof(WrongAmounts))]
    public void Success_with_wrong_amount_or_currency_is_refused_as_an_alert(Money? amount)
    {
        var paying = Paying();
        var result = new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Success, ChangeSource.ChannelNotification, amount);

        var decision = paying.ApplyChannelResult(result, T1);

        Assert.Equal(OrderError.AmountMismatch, decision.Error);
        Assert.Equal(ChannelAction.AlertAmountMismatch, decision.Action);
        Assert.Same(paying, decision.Order);
    }

    [Fact]
    public void Wrong_amount_after_paid_is_still_refused()
    {
        var paid = Paid();

        Assert.Equal(OrderError.AmountMismatch, paid.ApplyChannelResult(Success(Attempt1, Money.Of(1, "CNY")), T1).Error);
    }

    [Fact]
    public void Result_for_an_unknown_out_trade_no_is_refused()
    {
        var paying = Paying();

        var decision = paying.ApplyChannelResult(Success("order_0001_7"), T1);

        Assert.Equal(OrderError.UnknownAttempt, decision.Error);
        Assert.Same(paying, decision.Order);
    }

    [Fact]
    public void Definite_failure_marks_failed_and_publishes_payment_failed()
    {
        var decision = Paying().ApplyChannelResult(Failure(Attempt1), T1);

        var failed = Applied(decision);
        Assert.Equal(OrderState.Failed, failed.State);
        Assert.Equal(("TRADE_CLOSED", PaymentAttemptStatus.Failed), (failed.CurrentAttempt?.FailureCode, failed.CurrentAttempt?.Status));
        var evt = Assert.IsType<PaymentFailed>(Assert.Single(decision.Events));
        Assert.Equal(1, evt.Attempt);
    }

    [Fact]
    public void Repeated_definite_failure_is_a_duplicate()
    {
        var failed = Failed();

        var again = failed.ApplyChannelResult(Failure(Attempt1), T1);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Same(failed, again.Order);
    }

    [Fact]
    public void Late_failure_after_paid_changes_nothing()
    {
        var paid = Paid();

        var late = paid.ApplyChannelResult(Failure(Attempt1, ChangeSource.ChannelQuery), T1);

        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Same(paid, late.Order);
        Assert.Empty(late.Events);
    }

    [Fact]
    public void Unknown_outcome_stays_paying_and_asks_for_a_query()
    {
        var paying = Paying();

        var decision = paying.ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse, ErrorCode: "USERPAYING"), T1);

        var stillPaying = Applied(decision);
        Assert.Equal(OrderState.Paying, stillPaying.State);
        Assert.True(stillPaying.NeedsQuery);
        Assert.False(paying.NeedsQuery);
        Assert.Equal(ChannelAction.Query, decision.Action);
        Assert.Equal(PaymentAttemptStatus.Unknown, decision.Attempt?.Status);
    }

    [Fact]
    public void Repeated_unknown_is_a_duplicate_that_still_asks_for_a_query()
    {
        var unknown = Applied(Paying().ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse), T1));

        var again = unknown.ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Unknown, ChangeSource.ChannelQuery), T1);

        Assert.Equal(DecisionOutcome.Duplicate, again.Outcome);
        Assert.Equal(ChannelAction.Query, again.Action);
        Assert.Same(unknown, again.Order);
    }

    [Fact]
    public void Query_success_after_unknown_marks_paid()
    {
        var unknown = Applied(Paying().ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse), T1));

        var paid = Applied(unknown.ApplyChannelResult(Success(Attempt1, source: ChangeSource.ChannelQuery), T1));

        Assert.Equal(OrderState.Paid, paid.State);
        Assert.False(paid.NeedsQuery);
    }

    [Fact]
    public void Unknown_after_paid_changes_nothing()
    {
        var paid = Paid();

        var late = paid.ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse), T1);

        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Same(paid, late.Order);
    }

    [Fact]
    public void Retryable_error_changes_nothing_and_asks_to_retry_the_same_attempt()
    {
        var paying = Paying();

        var decision = paying.ApplyChannelResult(new ChannelPaymentResult(Attempt1, ChannelPaymentOutcome.Retryable, ChangeSource.ChannelResponse), T1);

        Assert.Equal(DecisionOutcome.Ignored, decision.Outcome);
        Assert.Equal(ChannelAction.RetrySameAttempt, decision.Action);
        Assert.Equal(Attempt1, decision.Attempt?.ChannelOutTradeNo);
        Assert.Same(paying, decision.Order);
    }

    [Fact]
    public void Notification_before_the_pay_response_then_the_response_is_a_duplicate()
    {
        var paying = Paying();

        var byNotification = Applied(paying.ApplyChannelResult(Success(Attempt1, source: ChangeSource.ChannelNotification), T1));
        var byResponse = byNotification.ApplyChannelResult(Success(Attempt1, source: ChangeSource.ChannelResponse), T1.AddSeconds(1));

        Assert.Equal(DecisionOutcome.Duplicate, byResponse.Outcome);
        Assert.Equal(ChangeSource.ChannelNotification, byNotification.History[^1].Source);
    }

    [Fact]
    public void Success_after_a_reported_failure_of_the_latest_attempt_is_applied_because_money_was_taken()
    {
        var failed = Failed();

        var paid = Applied(failed.ApplyChannelResult(Success(Attempt1, source: ChangeSource.ChannelQuery), T1));

        Assert.Equal(OrderState.Paid, paid.State);
    }

    [Fact]
    public void New_attempt_after_confirmed_failure_gets_a_new_out_trade_no()
    {
        var decision = Failed().BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api);

        Assert.Equal("order_0001_2", decision.Attempt?.ChannelOutTradeNo);
        Assert.Equal(2, Applied(decision).Attempts.Count);
    }

    [Fact]
    public void Success_on_an_abandoned_attempt_is_refused_as_an_unexpected_charge()
    {
        var second = Applied(Failed().BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api));

        var late = second.ApplyChannelResult(Success(Attempt1), T1);

        Assert.Equal(OrderError.UnexpectedCharge, late.Error);
        Assert.Equal(ChannelAction.ReverseUnexpectedCharge, late.Action);
        Assert.Same(second, late.Order);
    }

    [Fact]
    public void Success_on_another_attempt_after_paid_is_refused_as_an_unexpected_charge()
    {
        var second = Applied(Failed().BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api));
        var paid = Applied(second.ApplyChannelResult(Success(Key.ChannelOutTradeNo(2)), T1));

        var other = paid.ApplyChannelResult(Success(Attempt1), T1);

        Assert.Equal(OrderError.UnexpectedCharge, other.Error);
        Assert.Same(paid, other.Order);
    }

    [Fact]
    public void Success_on_a_closed_order_is_refused_as_an_unexpected_charge()
    {
        var closed = Applied(Failed().Close(CloseReason.MerchantRequest, T1, ChangeSource.Api));

        var late = closed.ApplyChannelResult(Success(Attempt1), T1);

        Assert.Equal(OrderError.UnexpectedCharge, late.Error);
        Assert.Same(closed, late.Order);
    }

    [Fact]
    public void Attempts_are_limited()
    {
        var order = Created();
        for (var i = 1; i <= Order.MaxPaymentAttempts; i++)
        {
            order = Applied(order.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api));
            order = Applied(order.ApplyChannelResult(Failure(Key.ChannelOutTradeNo(i)), T1));
        }

        var refused = order.BeginPayment(PaymentAuthorization.WithholdingAgreement, null, T1, ChangeSource.Api);

        Assert.Equal(OrderError.TooManyAttempts, refused.Error);
        Assert.Same(order, refused.Order);
    }

    [Fact]
    public void Only_the_token_of_the_current_verification_is_bound_and_only_until_an_attempt_spends_it()
    {
        var ready = ReadyToPay();

        Assert.True(ready.IsBoundToVerificationToken("tok1"));
        Assert.False(ready.IsBoundToVerificationToken("tok2"));
        Assert.False(ready.IsBoundToVerificationToken(null));
        Assert.False(Created().IsBoundToVerificationToken("tok1"));
        Assert.False(Paying().IsBoundToVerificationToken("tok1"));
        Assert.False(Failed().IsBoundToVerificationToken("tok1"));
    }

    [Fact]
    public void A_new_verification_after_a_failed_attempt_binds_its_own_token_and_not_the_spent_one()
    {
        var reverifying = Applied(Failed().StartVerification("s2", T1, ChangeSource.Api));
        var ready = Applied(reverifying.ApplyVerification(new VerificationResult("s2", true, "tok2", "member-1", Amount), T1, ChangeSource.Api));

        Assert.True(ready.IsBoundToVerificationToken("tok2"));
        Assert.False(ready.IsBoundToVerificationToken("tok1"));
    }
}
