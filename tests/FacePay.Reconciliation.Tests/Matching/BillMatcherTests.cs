using FacePay.Domain;
using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Ledger;
using FacePay.Reconciliation.Matching;

namespace FacePay.Reconciliation.Tests.Matching;

public sealed class BillMatcherTests
{
    private static long _line;

    private static LedgerEntry Paid(string tradeNo, long fen = 1999) =>
        new("e-" + tradeNo, LedgerEntryKind.Payment, Orders.Key(tradeNo[..^2]), PaymentChannel.Alipay, tradeNo, null, Money.Of(fen, "CNY"), Orders.T0);

    private static LedgerEntry Refunded(string tradeNo, string refundNo, long fen) =>
        new("e-" + refundNo, LedgerEntryKind.Refund, Orders.Key(tradeNo[..^2]), PaymentChannel.Alipay, tradeNo, refundNo, Money.Of(fen, "CNY"), Orders.T0);

    private static BillRecord Pay(string tradeNo, long fen = 1999) => new(BillRecordKind.Payment, tradeNo, "T" + tradeNo, fen, null, null, ++_line);

    private static BillRecord Refund(string tradeNo, string refundNo, long fen) => new(BillRecordKind.Refund, tradeNo, "T" + tradeNo, fen, refundNo, null, ++_line);

    private static BillRecord Reversal(string tradeNo, long fen = 1999) => new(BillRecordKind.Reversal, tradeNo, "T" + tradeNo, fen, null, null, ++_line);

    private static MatchResult Match(IEnumerable<LedgerEntry> ledger, params BillRecord[] bill)
    {
        var matcher = new BillMatcher(ledger);
        foreach (var record in bill)
        {
            matcher.Add(record);
        }

        return matcher.Complete();
    }

    [Fact]
    public void Lines_that_agree_with_the_ledger_leave_no_findings()
    {
        var result = Match(
            [Paid("order_0001_1"), Paid("order_0002_1", 500), Refunded("order_0002_1", "order_0002_1_RR1", 100)],
            Pay("order_0001_1"), Pay("order_0002_1", 500), Refund("order_0002_1", "order_0002_1_RR1", 100));

        Assert.Empty(result.Findings);
        Assert.Equal(3, result.Matched);
        Assert.Equal(new BillTotals(3, 2, 2499, 1, 100), result.Bill);
    }

    [Fact]
    public void Each_side_missing_a_line_is_a_finding_of_its_own()
    {
        var result = Match(
            [Paid("order_0001_1"), Refunded("order_0001_1", "order_0001_1_RR1", 100)],
            Pay("order_0002_1"), Refund("order_0002_1", "order_0002_1_RR7", 300));

        Assert.Equal(
            [FindingKind.BillRefundNotInLedger, FindingKind.BillPaymentNotInLedger, FindingKind.LedgerPaymentNotInBill, FindingKind.LedgerRefundNotInBill],
            result.Findings.Select(f => f.Kind));
        Assert.Equal(0, result.Matched);
    }

    [Fact]
    public void Different_amounts_are_findings_with_both_amounts()
    {
        var result = Match([Paid("order_0001_1"), Refunded("order_0001_1", "R1", 100)], Pay("order_0001_1", 1900), Refund("order_0001_1", "R1", 90));

        var payment = Assert.Single(result.Findings, f => f.Kind == FindingKind.PaymentAmountDiffers);
        Assert.Equal((1900L, 1999L), (payment.BillAmountFen!.Value, payment.LedgerAmount!.Value.MinorUnits));
        Assert.Single(result.Findings, f => f.Kind == FindingKind.RefundAmountDiffers);
    }

    [Fact]
    public void A_line_listed_twice_is_a_duplicate_and_still_matches_once()
    {
        var result = Match([Paid("order_0001_1")], Pay("order_0001_1"), Pay("order_0001_1"));

        Assert.Equal(FindingKind.DuplicateBillLine, Assert.Single(result.Findings).Kind);
        Assert.Equal(1, result.Matched);
    }

    [Fact]
    public void A_charge_reversed_in_full_within_the_bill_that_we_never_recorded_nets_to_nothing()
    {
        var result = Match([], Pay("order_0001_1"), Reversal("order_0001_1"));

        Assert.Empty(result.Findings);
        Assert.Equal(2, result.Matched);
    }

    [Fact]
    public void A_reversal_of_a_trade_we_hold_paid_is_a_finding()
    {
        var result = Match([Paid("order_0001_1")], Pay("order_0001_1"), Reversal("order_0001_1"));

        Assert.Equal(FindingKind.ReversedButPaidHere, Assert.Single(result.Findings).Kind);
    }

    [Fact]
    public void A_reversal_without_its_payment_is_left_for_the_order_to_decide()
    {
        var result = Match([], Reversal("order_0001_1"));

        Assert.Equal(FindingKind.ReversalNotInLedger, Assert.Single(result.Findings).Kind);
    }
}
