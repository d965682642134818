using FacePay.Domain;
using FacePay.Reconciliation.Matching;
using FacePay.Reconciliation.Reports;

namespace FacePay.Reconciliation.Tests.Matching;

public sealed class RepairAssessmentTests
{
    private static readonly string Attempt1 = Orders.Key().ChannelOutTradeNo(1);

    private static Discrepancy Found(DiscrepancyClass type, RepairAction repair, string? refundNo = null) =>
        new(type, Attempt1, refundNo, Orders.Key().ToString(), Orders.Amount, Orders.Amount, "before", null, repair, DiscrepancyResolution.Open, "detail", 3);

    [Fact]
    public void An_order_that_now_holds_the_charge_is_repaired()
    {
        var assessed = RepairAssessment.Assess(Found(DiscrepancyClass.PaidAtChannelNotHere, RepairAction.ReconcileOrder), Orders.Paid(), new ChannelFacts(true, Orders.Amount, "Paid"));

        Assert.Equal(DiscrepancyResolution.Repaired, assessed.Resolution);
        Assert.Contains("Succeeded", assessed.OurStatus, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_charge_the_channel_no_longer_holds_is_repaired()
    {
        var assessed = RepairAssessment.Assess(Found(DiscrepancyClass.Duplicate, RepairAction.ReconcileOrder), Orders.PaidBySecondAttempt(), new ChannelFacts(false, null, "Closed"));

        Assert.Equal(DiscrepancyResolution.Repaired, assessed.Resolution);
        Assert.Equal("Closed", assessed.ChannelStatus);
    }

    [Fact]
    public void A_charge_still_held_at_the_channel_and_not_here_stays_open()
    {
        var assessed = RepairAssessment.Assess(Found(DiscrepancyClass.PaidAtChannelNotHere, RepairAction.ReconcileOrder), Orders.Failed(), new ChannelFacts(true, Orders.Amount, "Paid"));

        Assert.Equal(DiscrepancyResolution.Open, assessed.Resolution);
    }

    [Fact]
    public void A_payment_the_channel_confirms_is_confirmed_and_one_it_denies_stays_open()
    {
        var discrepancy = Found(DiscrepancyClass.PaidHereNotAtChannel, RepairAction.ConfirmAtChannel);

        Assert.Equal(DiscrepancyResolution.Confirmed, RepairAssessment.Assess(discrepancy, Orders.Paid(), new ChannelFacts(true, Orders.Amount, "Paid")).Resolution);
        Assert.Equal(DiscrepancyResolution.Open, RepairAssessment.Assess(discrepancy, Orders.Paid(), new ChannelFacts(true, Money.Of(1, "CNY"), "Paid")).Resolution);
        Assert.Equal(DiscrepancyResolution.Open, RepairAssessment.Assess(discrepancy, Orders.Paid(), new ChannelFacts(false, null, "Closed")).Resolution);
        Assert.Equal(DiscrepancyResolution.Open, RepairAssessment.Assess(discrepancy, Orders.Paid(), null).Resolution);
    }

    [Fact]
    public void A_refund_the_order_now_holds_succeeded_is_repaired()
    {
        var pending = Orders.Refund(Orders.Paid(), "R1", 500).Order;
        var succeeded = Orders.RefundSettled(pending, "R1", RefundOutcome.Succeeded).Order;
        var discrepancy = Found(DiscrepancyClass.RefundMismatch, RepairAction.ReconcileOrder, pending.Refunds[0].ChannelOutRefundNo);

        Assert.Equal(DiscrepancyResolution.Repaired, RepairAssessment.Assess(discrepancy, succeeded, null).Resolution);
        Assert.Equal(DiscrepancyResolution.Open, RepairAssessment.Assess(discrepancy, pending, null).Resolution);
    }

    [Fact]
    public void Nothing_is_resolved_without_a_repair_action()
    {
        Assert.Equal(DiscrepancyResolution.Open, RepairAssessment.Assess(Found(DiscrepancyClass.AmountMismatch, RepairAction.None), Orders.Paid(), new ChannelFacts(true, Orders.Amount, "Paid")).Resolution);
    }
}
