using FacePay.Domain.Events;

namespace FacePay.Domain;

public sealed partial record Order
{
    /// <summary>
    /// Closes an unpaid order (Created, Verifying, ReadyToPay or Failed). Closing twice is a Duplicate. A paid
    /// order is refused (<see cref="OrderError.AlreadyPaid"/>). While Paying the order cannot close yet: the answer
    /// is <see cref="OrderError.CancelAtChannelFirst"/> with <see cref="ChannelAction.CancelAttempt"/>; the caller
    /// cancels/reverses the attempt, reports the result with <see cref="ApplyChannelResult"/> (a confirmed cancel is
    /// a DefiniteFailure, moving the order to Failed), and closes again.
    /// </summary>
    /// <param name="reason">Why. <see cref="Domain.CloseReason.Expired"/> is only accepted at or after <see cref="ExpiresAt"/>.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who asked.</param>
    public OrderDecision Close(CloseReason reason, DateTimeOffset now, ChangeSource source)
    {
        switch (State)
        {
            case OrderState.Closed:
                return Unchanged(DecisionOutcome.Duplicate, "The order is already closed.");
            case OrderState.Paid or OrderState.PartiallyRefunded or OrderState.Refunded:
                return Refuse(OrderError.AlreadyPaid, "A paid order cannot be closed; refund it instead.");
            case OrderState.Paying:
                return Refuse(
                    OrderError.CancelAtChannelFirst,
                    "A charge is in flight: cancel it at the channel first.",
                    ChannelAction.CancelAttempt,
                    CurrentAttempt);
        }

        if (reason == Domain.CloseReason.Expired && !IsExpiredAt(now))
        {
            return Refuse(OrderError.NotExpired, $"The order does not expire before {ExpiresAt:O}.");
        }

        return Accept(
            this with { State = OrderState.Closed, CloseReason = reason },
            now,
            source,
            OrderChangeKind.Closed,
            reason.ToString(),
            next => new OrderClosed(next.Key, next.Version, now, source, reason, Channel));
    }

    /// <summary>
    /// Closes the order because it expired (the order grain's expiry reminder calls this). Same rules as
    /// <see cref="Close"/>, plus <see cref="OrderError.NotExpired"/> before <see cref="ExpiresAt"/>.
    /// </summary>
    public OrderDecision Expire(DateTimeOffset now, ChangeSource source) => Close(Domain.CloseReason.Expired, now, source);
}
