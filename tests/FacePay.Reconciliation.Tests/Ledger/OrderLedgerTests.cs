using FacePay.Domain;
using FacePay.Reconciliation.Ledger;
using FacePay.Reconciliation.Tests.Matching;

namespace FacePay.Reconciliation.Tests.Ledger;

public sealed class OrderLedgerTests
{
    [Fact]
    public void A_payment_becomes_one_entry_with_the_attempts_trade_number_and_the_event_id()
    {
        var decision = Orders.PaidDecision();

        var entry = Assert.Single(OrderLedger.EntriesFor(decision.Order, decision.Events));

        Assert.Equal((LedgerEntryKind.Payment, Orders.Key().ChannelOutTradeNo(1), Orders.Amount), (entry.Kind, entry.ChannelOutTradeNo, entry.Amount));
        Assert.Equal(decision.Events[0].EventId, entry.EntryId);
        Assert.Equal(new DateOnly(2026, 11, 23), entry.BillDate);
    }

    [Fact]
    public void A_refund_becomes_an_entry_with_its_channel_refund_number_and_a_request_becomes_none()
    {
        var requested = Orders.Refund(Orders.Paid(), "R1", 500);
        var settled = Orders.RefundSettled(requested.Order, "R1", RefundOutcome.Succeeded);

        Assert.Empty(OrderLedger.EntriesFor(requested.Order, requested.Events));
        var entry = Assert.Single(OrderLedger.EntriesFor(settled.Order, settled.Events));
        Assert.Equal((LedgerEntryKind.Refund, requested.Order.Refunds[0].ChannelOutRefundNo, Money.Of(500, "CNY")), (entry.Kind, entry.ChannelOutRefundNo, entry.Amount));
    }

    [Fact]
    public void A_beijing_day_starts_at_16_00_utc()
    {
        var entry = OrderLedger.EntriesFor(Orders.Paid(), Orders.PaidDecision().Events).Single();

        Assert.Equal(new DateOnly(2026, 11, 24), (entry with { At = new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero) }).BillDate);
        Assert.Equal(new DateOnly(2026, 11, 23), (entry with { At = new DateTimeOffset(2026, 11, 23, 15, 59, 59, TimeSpan.Zero) }).BillDate);
    }

    [Fact]
    public void Buckets_are_stable_and_cover_every_key_of_the_day()
    {
        var entry = OrderLedger.EntriesFor(Orders.Paid(), Orders.PaidDecision().Events).Single();

        Assert.Equal(LedgerBuckets.BucketOf(Orders.Key()), LedgerBuckets.BucketOf(new OrderKey(Orders.Merchant, "order_0001")));
        Assert.Contains(LedgerBuckets.KeyOf(entry), LedgerBuckets.KeysOf(PaymentChannel.Alipay, entry.BillDate));
        Assert.Equal(LedgerBuckets.Count, LedgerBuckets.KeysOf(PaymentChannel.Alipay, entry.BillDate).Distinct().Count());
        Assert.StartsWith("Alipay/2026-11-23/", LedgerBuckets.KeyOf(entry), StringComparison.Ordinal);
    }
}
