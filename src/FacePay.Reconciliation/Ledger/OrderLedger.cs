using FacePay.Domain;
using FacePay.Domain.Events;

namespace FacePay.Reconciliation.Ledger;

/// <summary>Turns an order's events into the ledger entries reconciliation compares with the channel's bill.</summary>
public static class OrderLedger
{
    /// <summary>
    /// The entries recorded by <paramref name="events"/>: one per <see cref="PaymentSucceeded"/> and per
    /// <see cref="RefundSucceeded"/>; other events move no money.
    /// </summary>
    /// <param name="order">The order after the change (to find the refund's channel number).</param>
    /// <param name="events">The change's events.</param>
    /// <returns>The entries, possibly none.</returns>
    public static IEnumerable<LedgerEntry> EntriesFor(Order order, IEnumerable<PaymentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var paymentEvent in events)
        {
            switch (paymentEvent)
            {
                case PaymentSucceeded paid:
                    yield return new LedgerEntry(
                        paid.EventId, LedgerEntryKind.Payment, paid.Key, paid.Channel, paid.ChannelOutTradeNo, null, paid.Amount, paid.OccurredAt);
                    break;
                case RefundSucceeded refunded when order.SucceededAttempt is { } attempt
                    && order.Refunds.Find(r => r.OutRefundNo == refunded.OutRefundNo) is { } refund:
                    yield return new LedgerEntry(
                        refunded.EventId, LedgerEntryKind.Refund, refunded.Key, order.Channel, attempt.ChannelOutTradeNo, refund.ChannelOutRefundNo, refunded.Amount, refunded.OccurredAt);
                    break;
            }
        }
    }
}
