using FacePay.Domain.Events;

namespace FacePay.Domain;

public sealed partial record Order
{
    /// <summary>Longest merchant refund number (the channel refund number adds the attempt's out_trade_no).</summary>
    public const int MaxOutRefundNoLength = 30;

    // Beyond this many subset sums of an order's refunds, a reported refunded total is only checked against its range.
    private const int MaxRefundedTotalCombinations = 4096;

    /// <summary>
    /// Accepts a refund of a paid order as Pending (<see cref="ChannelAction.Refund"/>: send it to the channel).
    /// Idempotent by <paramref name="outRefundNo"/>: the same number and amount again returns the existing refund
    /// (Duplicate); the same number with another amount is a <see cref="OrderError.Conflict"/>. Successful plus
    /// pending refunds never exceed the paid amount (<see cref="OrderError.RefundExceedsPaid"/>).
    /// </summary>
    /// <param name="outRefundNo">The merchant's refund number: 1–30 characters of [A-Za-z0-9_].</param>
    /// <param name="amount">Positive, in the order's currency.</param>
    /// <param name="reason">The merchant's reason, if any.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who asked.</param>
    public OrderDecision RequestRefund(string outRefundNo, Money amount, string? reason, DateTimeOffset now, ChangeSource source)
    {
        if (string.IsNullOrEmpty(outRefundNo) || outRefundNo.Length > MaxOutRefundNoLength
            || !outRefundNo.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return Refuse(OrderError.InvalidRequest, $"The refund number must be 1-{MaxOutRefundNoLength} characters of [A-Za-z0-9_].");
        }

        if (Refunds.Find(r => string.Equals(r.OutRefundNo, outRefundNo, StringComparison.Ordinal)) is { } existing)
        {
            return existing.Amount == amount
                ? Unchanged(
                    DecisionOutcome.Duplicate,
                    "This refund was already accepted.",
                    existing.Status == RefundStatus.Pending ? ChannelAction.Refund : ChannelAction.None,
                    refund: existing)
                : Refuse(OrderError.Conflict, "This refund number was used with a different amount.", refund: existing);
        }

        if (!IsPaid)
        {
            return Refuse(OrderError.NotPaid, "Only a paid order can be refunded.");
        }

        if (amount.Currency != Amount.Currency || !amount.IsPositive)
        {
            return Refuse(OrderError.InvalidRequest, $"The refund amount must be positive in {Amount.Currency}.");
        }

        if (amount > RefundableAmount)
        {
            return Refuse(OrderError.RefundExceedsPaid, $"At most {RefundableAmount} can still be refunded.");
        }

        var refund = new Refund(
            outRefundNo, $"{SucceededAttempt!.ChannelOutTradeNo}_R{outRefundNo}", amount, reason, RefundStatus.Pending, now);
        return Accept(
            this with { Refunds = Refunds.Add(refund) },
            now,
            source,
            OrderChangeKind.RefundRequested,
            $"{outRefundNo} {amount}",
            action: ChannelAction.Refund,
            refund: refund);
    }

    /// <summary>
    /// Applies the channel's final answer about a refund. Success → the refund is Succeeded and the order
    /// PartiallyRefunded, or Refunded once the refunds add up to the paid amount (<c>RefundSucceeded</c> event).
    /// Failure → the refund is Failed and its amount refundable again (<c>RefundFailed</c> event). The same answer
    /// again is a Duplicate; a failure after success is Ignored; a success after a reported failure is applied only if
    /// it still fits the paid amount (else refused <see cref="OrderError.RefundExceedsPaid"/>: an alert). A reported
    /// amount that differs from the refund's is refused (<see cref="OrderError.AmountMismatch"/>), and so is a trade amount
    /// (<see cref="ChannelRefundResult.TradeAmount"/>) other than the order's, and a reported
    /// trade total (<see cref="ChannelRefundResult.RefundedTotal"/>) that this refund's success cannot explain: not this
    /// refund plus some of the order's other refunds that have not failed (a delayed answer may predate later refunds).
    /// </summary>
    /// <param name="result">The verified, classified channel answer.</param>
    /// <param name="now">The caller's clock.</param>
    public OrderDecision ApplyRefundResult(ChannelRefundResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var index = Refunds.FindIndex(r => string.Equals(r.OutRefundNo, result.OutRefundNo, StringComparison.Ordinal));
        if (index < 0)
        {
            return Refuse(OrderError.UnknownRefund, $"No refund '{result.OutRefundNo}' on this order.");
        }

        var refund = Refunds[index];
        if (result.Amount is { } reported && reported != refund.Amount)
        {
            return Refuse(
                OrderError.AmountMismatch, $"The channel reports {reported} but the refund is {refund.Amount}.", ChannelAction.AlertAmountMismatch, refund: refund);
        }

        if (result.TradeAmount is { } tradeAmount && tradeAmount != Amount)
        {
            return Refuse(
                OrderError.AmountMismatch, $"The channel reports the trade as {tradeAmount} but the order is {Amount}.", ChannelAction.AlertAmountMismatch, refund: refund);
        }

        if (result.RefundedTotal is { } total && result.Outcome == RefundOutcome.Succeeded && !ExplainsRefundedTotal(refund, total))
        {
            return Refuse(
                OrderError.AmountMismatch,
                $"The channel reports {total} refunded in all, which the refunds of this order cannot add up to with {refund.OutRefundNo} succeeded.",
                ChannelAction.AlertAmountMismatch,
                refund: refund);
        }

        return result.Outcome switch
        {
            RefundOutcome.Succeeded => ApplyRefundSuccess(index, refund, result, now),
            RefundOutcome.Failed => ApplyRefundFailure(index, refund, result, now),
            _ => Refuse(OrderError.InvalidRequest, "Unknown refund outcome."),
        };
    }

    // The total is what the trade had refunded when the channel wrote the answer: this refund plus some of the others
    // that have not failed (succeeded or still pending here). A delayed answer can be older than refunds that have
    // succeeded since, so the others it counts are any subset of them, not at least every succeeded one.
    private bool ExplainsRefundedTotal(Refund refund, Money total)
    {
        if (total.Currency != Amount.Currency || total < refund.Amount)
        {
            return false;
        }

        var others = Refunds
            .Where(r => r.Status != RefundStatus.Failed && !string.Equals(r.OutRefundNo, refund.OutRefundNo, StringComparison.Ordinal))
            .Select(r => r.Amount.MinorUnits)
            .ToList();
        var wanted = total.MinorUnits - refund.Amount.MinorUnits;
        if (wanted > others.Sum())
        {
            return false;
        }

        // Subset sums of the other refunds; an order has a handful, and a pathological one falls back to the range check.
        var reachable = new HashSet<long> { 0 };
        foreach (var amount in others)
        {
            foreach (var sum in reachable.ToList())
            {
                if (sum + amount <= wanted)
                {
                    reachable.Add(sum + amount);
                }
            }

            if (reachable.Contains(wanted) || reachable.Count > MaxRefundedTotalCombinations)
            {
                return true;
            }
        }

        return reachable.Contains(wanted);
    }

    private OrderDecision ApplyRefundSuccess(int index, Refund refund, ChannelRefundResult result, DateTimeOffset now)
    {
        if (refund.Status == RefundStatus.Succeeded)
        {
            return Unchanged(DecisionOutcome.Duplicate, "The refund was already recorded.", refund: refund);
        }

        // A pending refund was reserved when accepted; a failed one was released and must fit again.
        if (refund.Status == RefundStatus.Failed && refund.Amount > RefundableAmount)
        {
            return Refuse(
                OrderError.RefundExceedsPaid,
                "A refund reported failed now reports success, beyond the paid amount.",
                ChannelAction.ReverseUnexpectedCharge,
                refund: refund);
        }

        var succeeded = refund with
        {
            Status = RefundStatus.Succeeded,
            ChannelRefundId = result.ChannelRefundId ?? refund.ChannelRefundId,
            FailureCode = null,
            SettledAt = now,
        };
        var total = RefundedAmount + refund.Amount;
        var full = total == Amount;
        return Accept(
            this with { State = full ? OrderState.Refunded : OrderState.PartiallyRefunded, Refunds = Refunds.SetItem(index, succeeded) },
            now,
            result.Source,
            OrderChangeKind.RefundSucceeded,
            $"{refund.OutRefundNo} {refund.Amount}",
            next => new RefundSucceeded(next.Key, next.Version, now, result.Source, refund.OutRefundNo, refund.Amount, total, full),
            refund: succeeded);
    }

    private OrderDecision ApplyRefundFailure(int index, Refund refund, ChannelRefundResult result, DateTimeOffset now)
    {
        switch (refund.Status)
        {
            case RefundStatus.Failed:
                return Unchanged(DecisionOutcome.Duplicate, "The refund failure was already recorded.", refund: refund);
            case RefundStatus.Succeeded:
                return Unchanged(DecisionOutcome.Ignored, "A late failure after the refund succeeded changes nothing.", refund: refund);
        }

        var failed = refund with { Status = RefundStatus.Failed, FailureCode = result.FailureCode, SettledAt = now };
        return Accept(
            this with { Refunds = Refunds.SetItem(index, failed) },
            now,
            result.Source,
            OrderChangeKind.RefundFailed,
            $"{refund.OutRefundNo} {result.FailureCode}",
            next => new RefundFailed(next.Key, next.Version, now, result.Source, refund.OutRefundNo, refund.Amount, result.FailureCode),
            refund: failed);
    }
}
