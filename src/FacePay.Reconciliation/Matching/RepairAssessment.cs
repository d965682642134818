using FacePay.Domain;
using FacePay.Reconciliation.Reports;

namespace FacePay.Reconciliation.Matching;

/// <summary>The third pass: after a repair or a confirming query, says whether both sides now agree.</summary>
public static class RepairAssessment
{
    /// <summary>Assesses a discrepancy after its repair action ran.</summary>
    /// <param name="discrepancy">The discrepancy (its <see cref="Discrepancy.Repair"/> says what ran).</param>
    /// <param name="orderAfter">The order after the action, if there is one.</param>
    /// <param name="channel">What the channel said when asked after the action, if it answered.</param>
    /// <returns>The discrepancy with its resolution and the latest statuses.</returns>
    public static Discrepancy Assess(Discrepancy discrepancy, Order? orderAfter, ChannelFacts? channel)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        var tradeNo = discrepancy.ChannelOutTradeNo;
        var refundNo = discrepancy.ChannelOutRefundNo;
        var resolution = discrepancy.Repair switch
        {
            RepairAction.ReconcileOrder when refundNo is not null =>
                orderAfter?.Refunds.Find(r => r.ChannelOutRefundNo == refundNo) is { Status: RefundStatus.Succeeded }
                    ? DiscrepancyResolution.Repaired
                    : DiscrepancyResolution.Open,
            RepairAction.ReconcileOrder =>
                orderAfter?.Attempts.Find(a => a.ChannelOutTradeNo == tradeNo) is { Status: PaymentAttemptStatus.Succeeded }
                || (channel is { Settled: false } && orderAfter?.SucceededAttempt?.ChannelOutTradeNo != tradeNo)
                    ? DiscrepancyResolution.Repaired
                    : DiscrepancyResolution.Open,
            RepairAction.ConfirmAtChannel =>
                channel is { Settled: true } && channel.Amount == discrepancy.OurAmount
                    ? DiscrepancyResolution.Confirmed
                    : DiscrepancyResolution.Open,
            _ => DiscrepancyResolution.Open,
        };
        return discrepancy with
        {
            Resolution = resolution,
            OurStatus = orderAfter is null ? discrepancy.OurStatus : OrderDescription.Of(orderAfter, tradeNo, refundNo),
            ChannelStatus = channel?.Status ?? discrepancy.ChannelStatus,
        };
    }
}
