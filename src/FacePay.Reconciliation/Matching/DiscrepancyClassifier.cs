using FacePay.Domain;
using FacePay.Reconciliation.Reports;

namespace FacePay.Reconciliation.Matching;

/// <summary>
/// The second pass: looks at each <see cref="MatchFinding"/> together with its order (as the order grain holds it
/// now) and says what kind of disagreement it is and whether a run may repair it — or that there is none after
/// all (the line is on another day's ledger, e.g. paid just before midnight and recorded just after).
/// </summary>
/// <remarks>
/// Repairable means: the order's own rules, given the channel's verified answer, bring our books in line — a
/// charge on an attempt we hold as failed or in flight makes the order paid (or, for an attempt the order no
/// longer wants, is reversed at the channel); a refund we hold as pending or failed that went through is recorded.
/// Nothing else is changed automatically: amounts that differ, money we have no order for, and payments the
/// channel does not have wait for an operator.
/// </remarks>
public static class DiscrepancyClassifier
{
    /// <summary>The order a finding is about: from the ledger entry, or from the bill's trade number and the merchant
    /// that owns the channel account (a channel number holds no merchant id).</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="merchantId">The merchant that owns the channel account.</param>
    /// <param name="key">The order key.</param>
    /// <returns>Whether the trade number belongs to one of our orders' attempts.</returns>
    public static bool TryGetOrderKey(MatchFinding finding, string merchantId, out OrderKey key)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Ledger is { } entry)
        {
            key = entry.Order;
            return true;
        }

        return OrderKey.TryParseChannelOutTradeNo(merchantId, finding.ChannelOutTradeNo, out key, out _);
    }

    /// <summary>Classifies a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="order">Its order as it stands now, or null when there is none.</param>
    /// <returns>The discrepancy, or null when the order shows there is none.</returns>
    public static Discrepancy? Classify(MatchFinding finding, Order? order)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var tradeNo = finding.ChannelOutTradeNo;
        var refundNo = finding.ChannelOutRefundNo;
        Money? billAmount = finding.BillAmountFen is { } fen ? new Money(fen, Currency.Cny) : null;
        Money? ours = finding.LedgerAmount ?? OurAmount(order, tradeNo, refundNo);
        Discrepancy Make(DiscrepancyClass type, RepairAction repair, string detail) => new(
            type, tradeNo, refundNo, order?.GrainKey ?? finding.Ledger?.Order.ToString(), billAmount, ours,
            OrderDescription.Of(order, tradeNo, refundNo), null, repair, DiscrepancyResolution.Open, detail, finding.LineNumber);

        switch (finding.Kind)
        {
            case FindingKind.DuplicateBillLine:
                return Make(DiscrepancyClass.Duplicate, RepairAction.None, refundNo is null
                    ? $"The bill lists the payment of {tradeNo} more than once."
                    : $"The bill lists refund {refundNo} more than once.");
            case FindingKind.PaymentAmountDiffers:
                return Make(DiscrepancyClass.AmountMismatch, RepairAction.None, $"The bill charges {billAmount} for {tradeNo}; our order is {ours}.");
            case FindingKind.RefundAmountDiffers:
                return Make(DiscrepancyClass.RefundMismatch, RepairAction.None, $"The bill refunds {billAmount} for {refundNo}; our refund is {ours}.");
            case FindingKind.ReversedButPaidHere:
                return Make(DiscrepancyClass.StatusMismatch, RepairAction.None, $"The channel reversed {tradeNo}; our order holds it paid.");
            case FindingKind.ReversalNotInLedger:
                return order?.Attempts.Find(a => a.ChannelOutTradeNo == tradeNo) is { Status: PaymentAttemptStatus.Succeeded }
                    ? Make(DiscrepancyClass.StatusMismatch, RepairAction.None, $"The channel reversed {tradeNo}; our order holds it paid.")
                    : null;
            case FindingKind.BillPaymentNotInLedger:
                return ClassifyBillPayment(order, tradeNo, billAmount!.Value, Make);
            case FindingKind.BillRefundNotInLedger:
                return ClassifyBillRefund(order, refundNo!, billAmount!.Value, Make);
            case FindingKind.LedgerPaymentNotInBill:
                return Make(DiscrepancyClass.PaidHereNotAtChannel, RepairAction.ConfirmAtChannel, $"Our order holds {tradeNo} paid; the bill does not list it.");
            case FindingKind.LedgerRefundNotInBill:
                return Make(DiscrepancyClass.RefundMismatch, RepairAction.ConfirmAtChannel, $"Our order holds refund {refundNo} done; the bill does not list it.");
            default:
                throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, "Unknown finding.");
        }
    }

    private static Discrepancy? ClassifyBillPayment(Order? order, string tradeNo, Money billAmount, Func<DiscrepancyClass, RepairAction, string, Discrepancy> make)
    {
        if (order is null)
        {
            return make(DiscrepancyClass.PaidAtChannelNotHere, RepairAction.None, $"The channel charged {billAmount} on {tradeNo}; we have no such order.");
        }

        var attempt = order.Attempts.Find(a => a.ChannelOutTradeNo == tradeNo);
        var paidBy = order.SucceededAttempt is { } succeeded && succeeded.ChannelOutTradeNo != tradeNo ? succeeded.ChannelOutTradeNo : null;
        if (attempt is null)
        {
            return paidBy is not null
                ? make(DiscrepancyClass.Duplicate, RepairAction.None, $"The order is paid by {paidBy}; the channel also charged {tradeNo}, which is no attempt of ours.")
                : make(DiscrepancyClass.PaidAtChannelNotHere, RepairAction.None, $"The channel charged {billAmount} on {tradeNo}; the order has no such attempt.");
        }

        if (billAmount != order.Amount)
        {
            return make(DiscrepancyClass.AmountMismatch, RepairAction.None, $"The bill charges {billAmount} for {tradeNo}; our order is {order.Amount}.");
        }

        return attempt.Status switch
        {
            PaymentAttemptStatus.Succeeded => null,
            PaymentAttemptStatus.Pending or PaymentAttemptStatus.Unknown =>
                make(DiscrepancyClass.StatusMismatch, RepairAction.ReconcileOrder, $"The channel settled {tradeNo} as paid; our attempt is still {attempt.Status}."),
            _ when paidBy is not null =>
                make(DiscrepancyClass.Duplicate, RepairAction.ReconcileOrder, $"The order is paid by {paidBy}; the channel also charged its failed attempt {tradeNo}."),
            _ => make(DiscrepancyClass.PaidAtChannelNotHere, RepairAction.ReconcileOrder, $"The channel charged {tradeNo}; our order holds that attempt failed ({order.State})."),
        };
    }

    private static Discrepancy? ClassifyBillRefund(Order? order, string refundNo, Money billAmount, Func<DiscrepancyClass, RepairAction, string, Discrepancy> make)
    {
        if (order?.Refunds.Find(r => r.ChannelOutRefundNo == refundNo) is not { } refund)
        {
            return make(DiscrepancyClass.RefundMismatch, RepairAction.None, $"The channel refunded {billAmount} as {refundNo}; we have no such refund.");
        }

        if (billAmount != refund.Amount)
        {
            return make(DiscrepancyClass.RefundMismatch, RepairAction.None, $"The bill refunds {billAmount} for {refundNo}; our refund is {refund.Amount}.");
        }

        return refund.Status == RefundStatus.Succeeded
            ? null
            : make(DiscrepancyClass.RefundMismatch, RepairAction.ReconcileOrder, $"The channel refunded {refundNo}; our refund is {refund.Status}.");
    }

    private static Money? OurAmount(Order? order, string tradeNo, string? refundNo) =>
        order is null ? null
        : refundNo is not null ? order.Refunds.Find(r => r.ChannelOutRefundNo == refundNo)?.Amount
        : order.Attempts.Exists(a => a.ChannelOutTradeNo == tradeNo) ? order.Amount : null;
}
