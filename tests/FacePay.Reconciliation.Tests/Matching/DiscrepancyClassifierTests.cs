using FacePay.Domain;
using FacePay.Reconciliation.Ledger;
using FacePay.Reconciliation.Matching;
using FacePay.Reconciliation.Reports;

namespace FacePay.Reconciliation.Tests.Matching;

public sealed class DiscrepancyClassifierTests
{
    private static readonly string Attempt1 = Orders.Key().ChannelOutTradeNo(1);

    private static MatchFinding BillPayment(string tradeNo, long fen = 1999) => new(FindingKind.BillPaymentNotInLedger, tradeNo, null, fen, null, 7);

    private static MatchFinding BillRefund(string refundNo, long fen) => new(FindingKind.BillRefundNotInLedger, Attempt1, refundNo, fen, null, 8);

    [Fact]
    public void A_charge_on_an_attempt_we_hold_failed_is_paid_at_channel_not_here_and_repairable()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment(Attempt1), Orders.Failed())!;

        Assert.Equal((DiscrepancyClass.PaidAtChannelNotHere, RepairAction.ReconcileOrder), (discrepancy.Class, discrepancy.Repair));
        Assert.Equal(Orders.Key().ToString(), discrepancy.OrderKey);
        Assert.Equal(Money.Of(1999, "CNY"), discrepancy.ChannelAmount);
    }

    [Fact]
    public void A_charge_with_no_order_cannot_be_repaired()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment("stranger_1"), null)!;

        Assert.Equal((DiscrepancyClass.PaidAtChannelNotHere, RepairAction.None), (discrepancy.Class, discrepancy.Repair));
    }

    [Fact]
    public void A_charge_settled_at_the_channel_while_ours_is_in_flight_is_a_repairable_status_mismatch()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment(Attempt1), Orders.Unknown())!;

        Assert.Equal((DiscrepancyClass.StatusMismatch, RepairAction.ReconcileOrder), (discrepancy.Class, discrepancy.Repair));
    }

    [Fact]
    public void A_charge_our_order_holds_paid_is_no_discrepancy_even_when_another_days_ledger_has_it()
    {
        Assert.Null(DiscrepancyClassifier.Classify(BillPayment(Attempt1), Orders.Paid()));
    }

    [Fact]
    public void A_charge_of_another_amount_is_an_amount_mismatch_that_is_not_repaired()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment(Attempt1, 1000), Orders.Failed())!;

        Assert.Equal((DiscrepancyClass.AmountMismatch, RepairAction.None), (discrepancy.Class, discrepancy.Repair));
    }

    [Fact]
    public void A_charge_on_a_failed_attempt_of_an_order_paid_by_another_is_a_repairable_duplicate()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment(Attempt1), Orders.PaidBySecondAttempt())!;

        Assert.Equal((DiscrepancyClass.Duplicate, RepairAction.ReconcileOrder), (discrepancy.Class, discrepancy.Repair));
    }

    [Fact]
    public void A_charge_on_a_number_that_is_no_attempt_of_a_paid_order_is_a_duplicate_for_an_operator()
    {
        var discrepancy = DiscrepancyClassifier.Classify(BillPayment(Orders.Key().ChannelOutTradeNo(5)), Orders.Paid())!;

        Assert.Equal((DiscrepancyClass.Duplicate, RepairAction.None), (discrepancy.Class, discrepancy.Repair));
    }

    [Fact]
    public void A_payment_the_bill_lacks_is_paid_here_not_at_channel_and_is_confirmed_by_query()
    {
        var entry = OrderLedger.EntriesFor(Orders.Paid(), Orders.PaidDecision().Events).Single();

        var discrepancy = DiscrepancyClassifier.Classify(new MatchFinding(FindingKind.LedgerPaymentNotInBill, Attempt1, null, null, entry, null), Orders.Paid())!;

        Assert.Equal((DiscrepancyClass.PaidHereNotAtChannel, RepairAction.ConfirmAtChannel), (discrepancy.Class, discrepancy.Repair));
        Assert.Equal(Orders.Amount, discrepancy.OurAmount);
    }

    [Fact]
    public void Refunds_are_classified_by_what_the_order_holds()
    {
        var paid = Orders.Paid();
        var pending = Orders.Refund(paid, "R1", 500).Order;
        var failed = Orders.RefundSettled(pending, "R1", RefundOutcome.Failed).Order;
        var succeeded = Orders.RefundSettled(pending, "R1", RefundOutcome.Succeeded).Order;
        var refundNo = pending.Refunds[0].ChannelOutRefundNo;

        Assert.Equal(RepairAction.None, DiscrepancyClassifier.Classify(BillRefund("unknown_R", 500), paid)!.Repair);
        Assert.Equal(
            (DiscrepancyClass.RefundMismatch, RepairAction.ReconcileOrder),
            (DiscrepancyClassifier.Classify(BillRefund(refundNo, 500), failed)!.Class, DiscrepancyClassifier.Classify(BillRefund(refundNo, 500), failed)!.Repair));
        Assert.Equal(RepairAction.ReconcileOrder, DiscrepancyClassifier.Classify(BillRefund(refundNo, 500), pending)!.Repair);
        Assert.Equal(RepairAction.None, DiscrepancyClassifier.Classify(BillRefund(refundNo, 400), failed)!.Repair);
        Assert.Null(DiscrepancyClassifier.Classify(BillRefund(refundNo, 500), succeeded));
    }

    [Fact]
    public void Bill_side_duplicates_amounts_and_reversals_are_never_repaired()
    {
        var entry = OrderLedger.EntriesFor(Orders.Paid(), Orders.PaidDecision().Events).Single();

        Assert.Equal(
            [(DiscrepancyClass.Duplicate, RepairAction.None), (DiscrepancyClass.AmountMismatch, RepairAction.None), (DiscrepancyClass.StatusMismatch, RepairAction.None)],
            new[] { FindingKind.DuplicateBillLine, FindingKind.PaymentAmountDiffers, FindingKind.ReversedButPaidHere }
                .Select(kind => DiscrepancyClassifier.Classify(new MatchFinding(kind, Attempt1, null, 1999, entry, 3), Orders.Paid())!)
                .Select(d => (d.Class, d.Repair)));
    }

    [Fact]
    public void The_order_of_a_bill_line_is_found_through_the_merchant_that_owns_the_account()
    {
        Assert.True(DiscrepancyClassifier.TryGetOrderKey(BillPayment(Attempt1), Orders.Merchant, out var key));
        Assert.Equal(Orders.Key(), key);
        Assert.False(DiscrepancyClassifier.TryGetOrderKey(BillPayment("no-attempt-suffix"), Orders.Merchant, out _));
    }
}
