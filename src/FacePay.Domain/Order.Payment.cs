using System.Globalization;
using FacePay.Domain.Events;

namespace FacePay.Domain;

public sealed partial record Order
{
    /// <summary>
    /// Opens a new charge attempt and moves the order to Paying; the caller persists the order and then calls the
    /// channel with <see cref="OrderDecision.Attempt"/>'s <c>ChannelOutTradeNo</c> (<see cref="ChannelAction.Pay"/>).
    /// Allowed from ReadyToPay, and with <see cref="PaymentAuthorization.WithholdingAgreement"/> also from Created
    /// and Failed (a new attempt after a confirmed failure). A second call while Paying is refused with
    /// <see cref="OrderError.AlreadyPaying"/> and after payment with <see cref="OrderError.AlreadyPaid"/>, so the
    /// channel is never charged twice; a crashed caller resumes the in-flight attempt from <see cref="CurrentAttempt"/>.
    /// </summary>
    /// <param name="authorization">Face verification, or the explicit choice to skip it under a withholding agreement.</param>
    /// <param name="verificationToken">
    /// For <see cref="PaymentAuthorization.FaceVerification"/>, the single-use token the order's verification issued
    /// (the caller redeems it at its session before persisting the attempt); anything else is refused with
    /// <see cref="OrderError.InvalidVerificationToken"/>. Ignored under a withholding agreement.
    /// </param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who asked.</param>
    public OrderDecision BeginPayment(PaymentAuthorization authorization, string? verificationToken, DateTimeOffset now, ChangeSource source)
    {
        if (RefuseUnlessUnpaid() is { } refusal)
        {
            return refusal;
        }

        if (IsExpiredAt(now))
        {
            return Refuse(OrderError.Expired, "The order has expired.");
        }

        var allowed = authorization switch
        {
            PaymentAuthorization.FaceVerification => State == OrderState.ReadyToPay && Verification is not null,
            PaymentAuthorization.WithholdingAgreement => State is OrderState.Created or OrderState.ReadyToPay or OrderState.Failed,
            _ => false,
        };
        if (!allowed)
        {
            return State == OrderState.Verifying || authorization == PaymentAuthorization.FaceVerification
                ? Refuse(OrderError.VerificationRequired, $"The order is {State}; a completed face verification is needed.")
                : Refuse(OrderError.InvalidState, $"Cannot start a payment from {State}.");
        }

        if (authorization == PaymentAuthorization.FaceVerification && !IsBoundToVerificationToken(verificationToken))
        {
            return Refuse(
                OrderError.InvalidVerificationToken,
                "A face payment needs the verification token this order's face verification issued, unspent.");
        }

        if (CurrentAttempt is { Status: not PaymentAttemptStatus.Failed })
        {
            // Unreachable while the state machine holds; kept so that no path can open a second live attempt.
            return Refuse(OrderError.InvalidState, "The previous attempt is not confirmed failed.", attempt: CurrentAttempt);
        }

        if (Attempts.Count >= MaxPaymentAttempts)
        {
            return Refuse(OrderError.TooManyAttempts, $"At most {MaxPaymentAttempts} payment attempts are allowed.");
        }

        var number = Attempts.Count + 1;
        var attempt = new PaymentAttempt(
            number,
            Key.ChannelOutTradeNo(number),
            Channel,
            authorization,
            authorization == PaymentAuthorization.FaceVerification ? Verification!.TokenId : null,
            now,
            PaymentAttemptStatus.Pending);
        return Accept(
            this with { State = OrderState.Paying, Attempts = Attempts.Add(attempt) },
            now,
            source,
            OrderChangeKind.PaymentStarted,
            string.Create(CultureInfo.InvariantCulture, $"attempt {number} {authorization}"),
            action: ChannelAction.Pay,
            attempt: attempt);
    }

    /// <summary>
    /// Whether a face-authorised payment may spend <paramref name="tokenId"/>: the order is ReadyToPay and its
    /// verification is bound to exactly this token (which no attempt has spent, since spending it leaves ReadyToPay).
    /// A token of another order, an older session of this order, or one already spent is not bound.
    /// </summary>
    /// <param name="tokenId">The verification token the payer's device presented.</param>
    public bool IsBoundToVerificationToken(string? tokenId) =>
        State == OrderState.ReadyToPay
        && Verification is { } binding
        && !string.IsNullOrEmpty(tokenId)
        && string.Equals(binding.TokenId, tokenId, StringComparison.Ordinal)
        && !Attempts.Exists(a => string.Equals(a.VerificationTokenId, tokenId, StringComparison.Ordinal));

    /// <summary>
    /// Applies what the channel said about an attempt (pay response, notification, query or cancel result).
    /// Safe under redelivery and reordering:
    /// <list type="bullet">
    /// <item>Success with the order's exact amount and currency → Paid with a <c>PaymentSucceeded</c> event; the
    /// same success again → Duplicate. A different amount or currency → refused <see cref="OrderError.AmountMismatch"/>
    /// (alert, never applied). A success the order cannot take (an older attempt, a second attempt, or a closed
    /// order) → refused <see cref="OrderError.UnexpectedCharge"/> with <see cref="ChannelAction.ReverseUnexpectedCharge"/>.
    /// A success for the latest attempt after it was reported failed is applied (the money was taken).</item>
    /// <item>DefiniteFailure of the in-flight attempt → Failed with a <c>PaymentFailed</c> event; of a failed attempt →
    /// Duplicate; of a succeeded attempt → Ignored (a late failure after Paid changes nothing).</item>
    /// <item>Unknown → stays Paying, attempt marked Unknown, <see cref="ChannelAction.Query"/>
    /// (<see cref="NeedsQuery"/> becomes true); repeated → Duplicate; after settlement → Ignored.</item>
    /// <item>Retryable → Ignored with <see cref="ChannelAction.RetrySameAttempt"/> (or Query if the outcome is already
    /// unknown); after settlement → Ignored.</item>
    /// </list>
    /// </summary>
    /// <param name="result">The verified, classified channel answer.</param>
    /// <param name="now">The caller's clock.</param>
    public OrderDecision ApplyChannelResult(ChannelPaymentResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var index = Attempts.FindIndex(a => string.Equals(a.ChannelOutTradeNo, result.ChannelOutTradeNo, StringComparison.Ordinal));
        if (index < 0)
        {
            return Refuse(OrderError.UnknownAttempt, $"No attempt of this order has out_trade_no '{result.ChannelOutTradeNo}'.");
        }

        var attempt = Attempts[index];
        return result.Outcome switch
        {
            ChannelPaymentOutcome.Success => ApplySuccess(index, attempt, result, now),
            ChannelPaymentOutcome.DefiniteFailure => ApplyFailure(index, attempt, result, now),
            ChannelPaymentOutcome.Unknown => ApplyUnknown(index, attempt, result, now),
            ChannelPaymentOutcome.Retryable => attempt.IsSettled
                ? Unchanged(DecisionOutcome.Ignored, "The attempt is already settled.", attempt: attempt)
                : Unchanged(
                    DecisionOutcome.Ignored,
                    "Retryable channel error; nothing changed.",
                    attempt.Status == PaymentAttemptStatus.Unknown ? ChannelAction.Query : ChannelAction.RetrySameAttempt,
                    attempt),
            _ => Refuse(OrderError.InvalidRequest, "Unknown channel outcome."),
        };
    }

    private OrderDecision ApplySuccess(int index, PaymentAttempt attempt, ChannelPaymentResult result, DateTimeOffset now)
    {
        if (result.Amount != Amount)
        {
            return Refuse(
                OrderError.AmountMismatch,
                $"The channel reports {result.Amount?.ToString() ?? "no amount"} but the order is {Amount}.",
                ChannelAction.AlertAmountMismatch,
                attempt);
        }

        if (SucceededAttempt is { } paid)
        {
            return paid.Number == attempt.Number
                ? Unchanged(DecisionOutcome.Duplicate, "The payment was already recorded.", attempt: paid)
                : Refuse(OrderError.UnexpectedCharge, "A second attempt reports a charge.", ChannelAction.ReverseUnexpectedCharge, attempt);
        }

        if (attempt.Number != Attempts.Count || State == OrderState.Closed)
        {
            return Refuse(
                OrderError.UnexpectedCharge,
                State == OrderState.Closed ? "The channel charged a closed order." : "An abandoned attempt reports a charge.",
                ChannelAction.ReverseUnexpectedCharge,
                attempt);
        }

        var succeeded = attempt with
        {
            Status = PaymentAttemptStatus.Succeeded,
            ChannelTradeNo = result.ChannelTradeNo ?? attempt.ChannelTradeNo,
            FailureCode = null,
            FailureMessage = null,
            SettledAt = now,
        };
        return Accept(
            this with { State = OrderState.Paid, Attempts = Attempts.SetItem(index, succeeded) },
            now,
            result.Source,
            OrderChangeKind.PaymentSucceeded,
            string.Create(CultureInfo.InvariantCulture, $"attempt {attempt.Number}"),
            next => new PaymentSucceeded(
                next.Key, next.Version, now, result.Source, Amount, Channel, succeeded.Number, succeeded.ChannelOutTradeNo, succeeded.ChannelTradeNo),
            attempt: succeeded);
    }

    private OrderDecision ApplyFailure(int index, PaymentAttempt attempt, ChannelPaymentResult result, DateTimeOffset now)
    {
        switch (attempt.Status)
        {
            case PaymentAttemptStatus.Failed:
                return Unchanged(DecisionOutcome.Duplicate, "The failure was already recorded.", attempt: attempt);
            case PaymentAttemptStatus.Succeeded:
                return Unchanged(DecisionOutcome.Ignored, "A late failure after the payment succeeded changes nothing.", attempt: attempt);
        }

        // A live (Pending/Unknown) attempt is always the latest one and the order is Paying.
        var failed = attempt with
        {
            Status = PaymentAttemptStatus.Failed,
            ChannelTradeNo = result.ChannelTradeNo ?? attempt.ChannelTradeNo,
            FailureCode = result.ErrorCode,
            FailureMessage = result.ErrorMessage,
            SettledAt = now,
        };
        return Accept(
            this with { State = OrderState.Failed, Attempts = Attempts.SetItem(index, failed) },
            now,
            result.Source,
            OrderChangeKind.PaymentFailed,
            $"attempt {attempt.Number.ToString(CultureInfo.InvariantCulture)} {result.ErrorCode}",
            next => new PaymentFailed(next.Key, next.Version, now, result.Source, failed.Number, failed.ChannelOutTradeNo, failed.FailureCode, failed.FailureMessage),
            attempt: failed);
    }

    private OrderDecision ApplyUnknown(int index, PaymentAttempt attempt, ChannelPaymentResult result, DateTimeOffset now)
    {
        switch (attempt.Status)
        {
            case PaymentAttemptStatus.Succeeded or PaymentAttemptStatus.Failed:
                return Unchanged(DecisionOutcome.Ignored, "The attempt is already settled.", attempt: attempt);
            case PaymentAttemptStatus.Unknown:
                return Unchanged(DecisionOutcome.Duplicate, "The outcome is still unknown; keep querying.", ChannelAction.Query, attempt);
        }

        var unknown = attempt with { Status = PaymentAttemptStatus.Unknown, ChannelTradeNo = result.ChannelTradeNo ?? attempt.ChannelTradeNo };
        return Accept(
            this with { Attempts = Attempts.SetItem(index, unknown) },
            now,
            result.Source,
            OrderChangeKind.PaymentOutcomeUnknown,
            $"attempt {attempt.Number.ToString(CultureInfo.InvariantCulture)} {result.ErrorCode}",
            action: ChannelAction.Query,
            attempt: unknown);
    }
}
