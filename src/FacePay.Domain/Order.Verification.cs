using System.Globalization;
using FacePay.Domain.Events;

namespace FacePay.Domain;

public sealed partial record Order
{
    /// <summary>
    /// Opens a face verification session for the order: Created, Verifying (a new session supersedes the open one),
    /// ReadyToPay (re-verification replaces the binding, e.g. when the token expired) or Failed (a new verification
    /// before a new attempt) → Verifying. The same session again is a Duplicate.
    /// </summary>
    /// <param name="sessionId">The <c>VerificationSessionGrain</c> id.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who asked.</param>
    public OrderDecision StartVerification(string sessionId, DateTimeOffset now, ChangeSource source)
    {
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            return Refuse(OrderError.InvalidRequest, "A verification session id is required.");
        }

        if (RefuseUnlessUnpaid() is { } refusal)
        {
            return refusal;
        }

        if (State == OrderState.Verifying && string.Equals(VerificationSessionId, sessionId, StringComparison.Ordinal))
        {
            return Unchanged(DecisionOutcome.Duplicate, "This verification session is already open.");
        }

        if (IsExpiredAt(now))
        {
            return Refuse(OrderError.Expired, "The order has expired.");
        }

        return Accept(
            this with { State = OrderState.Verifying, VerificationSessionId = sessionId, Verification = null },
            now,
            source,
            OrderChangeKind.VerificationStarted,
            null);
    }

    /// <summary>
    /// Applies the conclusion of the open verification session. Success bound to this order's member and exact
    /// amount → ReadyToPay with the token recorded in <see cref="Verification"/>. Failure → back to Created (a new
    /// session is needed), and on the <see cref="MaxVerificationFailures"/>th failure → Closed
    /// (<see cref="Domain.CloseReason.VerificationFailed"/>, <c>OrderClosed</c> event). A session's conclusion
    /// reported again is a Duplicate; one for another session, or contradicting what the session already reported,
    /// is refused (<see cref="OrderError.StaleVerification"/>).
    /// </summary>
    /// <param name="result">The session's conclusion.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who reported it.</param>
    public OrderDecision ApplyVerification(VerificationResult result, DateTimeOffset now, ChangeSource source)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!string.Equals(result.SessionId, VerificationSessionId, StringComparison.Ordinal))
        {
            return Refuse(OrderError.StaleVerification, "The result is not for the order's current verification session.");
        }

        if (State != OrderState.Verifying)
        {
            // The session already concluded: a repeat of what was recorded is a duplicate, anything else is stale.
            var recordedSuccess = string.Equals(Verification?.SessionId, result.SessionId, StringComparison.Ordinal);
            var sameAsRecorded = result.Succeeded
                ? recordedSuccess && string.Equals(Verification!.TokenId, result.TokenId, StringComparison.Ordinal)
                : !recordedSuccess;
            return sameAsRecorded
                ? Unchanged(DecisionOutcome.Duplicate, "The session's result was already applied.")
                : Refuse(OrderError.StaleVerification, "The result contradicts what the session already reported.");
        }

        return result.Succeeded ? ApplyVerificationSuccess(result, now, source) : ApplyVerificationFailure(now, source);
    }

    private OrderDecision ApplyVerificationSuccess(VerificationResult result, DateTimeOffset now, ChangeSource source)
    {
        if (string.IsNullOrWhiteSpace(result.TokenId))
        {
            return Refuse(OrderError.InvalidRequest, "A successful verification must carry a token id.");
        }

        if (!string.Equals(result.MemberId, MemberId, StringComparison.Ordinal))
        {
            return Refuse(OrderError.MemberMismatch, "The verification is bound to another member.");
        }

        if (result.Amount != Amount)
        {
            return Refuse(OrderError.AmountMismatch, "The verification is bound to another amount.");
        }

        var binding = new VerificationBinding(result.SessionId, result.TokenId, MemberId, Amount, now);
        return Accept(
            this with { State = OrderState.ReadyToPay, Verification = binding },
            now,
            source,
            OrderChangeKind.VerificationSucceeded,
            null);
    }

    private OrderDecision ApplyVerificationFailure(DateTimeOffset now, ChangeSource source)
    {
        var failures = VerificationFailures + 1;
        var detail = string.Create(CultureInfo.InvariantCulture, $"failure {failures} of {MaxVerificationFailures}");
        if (failures < MaxVerificationFailures)
        {
            return Accept(
                this with { State = OrderState.Created, VerificationFailures = failures },
                now,
                source,
                OrderChangeKind.VerificationFailed,
                detail);
        }

        return Accept(
            this with { State = OrderState.Closed, VerificationFailures = failures, CloseReason = Domain.CloseReason.VerificationFailed },
            now,
            source,
            OrderChangeKind.VerificationFailed,
            detail + ", closed",
            next => new OrderClosed(next.Key, next.Version, now, source, Domain.CloseReason.VerificationFailed, Channel));
    }
}
