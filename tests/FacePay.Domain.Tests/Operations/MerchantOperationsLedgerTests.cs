using FacePay.Domain.Operations;
using static FacePay.Domain.Tests.Operations.OperationEvents;

namespace FacePay.Domain.Tests.Operations;

public sealed class MerchantOperationsLedgerTests
{
    private static readonly OperationsLimits Limits = OperationsLimits.Default;

    [Fact]
    public void A_redelivered_event_is_counted_once()
    {
        var ledger = new MerchantOperationsLedger();
        var paid = Paid("o_0001", T0);

        Assert.True(ledger.Apply(Created("o_0001", T0), T0, Limits));
        Assert.True(ledger.Apply(paid, T0, Limits));
        Assert.False(ledger.Apply(paid, T0.AddSeconds(30), Limits));

        var view = ledger.View("m001", T0, Limits);
        Assert.Equal(1, view.Buckets.Sum(b => b.Count(OrderActivity.Paid)));
        Assert.Equal(2, view.AppliedEvents);
        Assert.Equal(1, view.DuplicateEvents);
    }

    [Fact]
    public void Counts_per_activity_and_channel_match_what_happened()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0), T0, Limits);
        ledger.Apply(Created("o_0002", T0, PaymentChannel.WechatPay), T0, Limits);
        ledger.Apply(Created("o_0003", T0), T0, Limits);
        ledger.Apply(Paid("o_0001", T0.AddSeconds(5)), T0, Limits);
        ledger.Apply(Paid("o_0002", T0.AddSeconds(6), channel: PaymentChannel.WechatPay), T0, Limits);
        ledger.Apply(Failed("o_0003", T0.AddSeconds(7)), T0, Limits);

        var bucket = Assert.Single(ledger.View("m001", T0, Limits).Buckets);
        Assert.Equal(3, bucket.Count(OrderActivity.Created));
        Assert.Equal(1, bucket.Count(OrderActivity.Paid, PaymentChannel.Alipay));
        Assert.Equal(1, bucket.Count(OrderActivity.Paid, PaymentChannel.WechatPay));
        Assert.Equal(1, bucket.Count(OrderActivity.Failed, PaymentChannel.Alipay));
    }

    [Fact]
    public void An_unknown_outcome_waits_for_a_query_until_the_payment_settles()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0, PaymentChannel.WechatPay), T0, Limits);
        ledger.Apply(Unknown("o_0001", T0.AddSeconds(2), version: 4), T0, Limits);

        var waiting = Assert.Single(ledger.View("m001", T0, Limits).AwaitingQuery);
        Assert.Equal(OrderState.Paying, waiting.State);
        Assert.Equal("USERPAYING", waiting.LastCode);
        Assert.Equal(T0.AddSeconds(2), waiting.OutcomeUnknownSince);

        ledger.Apply(Paid("o_0001", T0.AddSeconds(9), version: 5, channel: PaymentChannel.WechatPay), T0, Limits);
        var view = ledger.View("m001", T0, Limits);
        Assert.Empty(view.AwaitingQuery);
        Assert.Equal(OrderState.Paid, ledger.Find(Key("o_0001"))!.State);
    }

    [Fact]
    public void An_older_event_arriving_late_is_counted_but_does_not_move_the_order_back()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Paid("o_0001", T0.AddSeconds(9), version: 5), T0, Limits);
        ledger.Apply(Unknown("o_0001", T0.AddSeconds(2), version: 4, channel: PaymentChannel.Alipay), T0, Limits);

        Assert.Equal(OrderState.Paid, ledger.Find(Key("o_0001"))!.State);
        Assert.Empty(ledger.View("m001", T0, Limits).AwaitingQuery);
        Assert.Equal(1, ledger.Buckets.Sum(b => b.Count(OrderActivity.OutcomeUnknown)));
    }

    [Fact]
    public void An_unpaid_order_past_its_expiry_is_listed_until_it_closes()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0, expiresIn: TimeSpan.FromMinutes(1)), T0, Limits);
        ledger.Apply(Created("o_0002", T0, expiresIn: TimeSpan.FromMinutes(30)), T0, Limits);

        Assert.Empty(ledger.View("m001", T0.AddSeconds(59), Limits).OpenPastExpiry);
        var expired = Assert.Single(ledger.View("m001", T0.AddMinutes(2), Limits).OpenPastExpiry);
        Assert.Equal(Key("o_0001"), expired.Key);

        ledger.Apply(Closed("o_0001", T0.AddMinutes(2)), T0.AddMinutes(2), Limits);
        Assert.Empty(ledger.View("m001", T0.AddMinutes(2), Limits).OpenPastExpiry);
    }

    [Fact]
    public void Open_orders_are_counted_by_state()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0), T0, Limits);
        ledger.Apply(Created("o_0002", T0), T0, Limits);
        ledger.Apply(Created("o_0003", T0), T0, Limits);
        ledger.Apply(Failed("o_0002", T0), T0, Limits);
        ledger.Apply(Paid("o_0003", T0), T0, Limits);

        var open = ledger.View("m001", T0, Limits).OpenByState;
        Assert.Equal(1, open[OrderState.Created]);
        Assert.Equal(1, open[OrderState.Failed]);
        Assert.False(open.ContainsKey(OrderState.Paid));
    }

    [Fact]
    public void Failures_keep_the_channels_reason_newest_first_and_bounded()
    {
        var limits = Limits with { RecentFailures = 3 };
        var ledger = new MerchantOperationsLedger();
        for (var i = 0; i < 5; i++)
        {
            ledger.Apply(Failed($"o_000{i}", T0.AddSeconds(i), code: $"CODE_{i}"), T0, limits);
        }

        var failures = ledger.View("m001", T0, limits).RecentFailures;
        Assert.Equal(["CODE_4", "CODE_3", "CODE_2"], failures.Select(f => f.Code));
        Assert.All(failures, f => Assert.Equal("the trade was closed", f.Message));
    }

    [Fact]
    public void Refund_events_take_the_channel_of_the_tracked_order()
    {
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0, PaymentChannel.WechatPay), T0, Limits);
        ledger.Apply(Paid("o_0001", T0, channel: PaymentChannel.WechatPay), T0, Limits);
        ledger.Apply(Refunded("o_0001", T0, version: 6, full: true), T0, Limits);

        Assert.Equal(1, ledger.Buckets.Sum(b => b.Count(OrderActivity.Refunded, PaymentChannel.WechatPay)));
        Assert.Equal(OrderState.Refunded, ledger.Find(Key("o_0001"))!.State);
    }

    [Fact]
    public void Tracking_drops_finished_orders_first_and_counts_open_ones_it_had_to_drop()
    {
        var limits = Limits with { TrackedOrders = 3 };
        var ledger = new MerchantOperationsLedger();
        ledger.Apply(Created("o_0001", T0), T0, limits);
        ledger.Apply(Paid("o_0001", T0.AddSeconds(1)), T0, limits);
        ledger.Apply(Created("o_0002", T0.AddSeconds(2)), T0, limits);
        ledger.Apply(Created("o_0003", T0.AddSeconds(3)), T0, limits);
        ledger.Apply(Created("o_0004", T0.AddSeconds(4)), T0, limits);

        Assert.Null(ledger.Find(Key("o_0001")));
        Assert.Equal(0, ledger.DroppedOpenOrders);

        ledger.Apply(Created("o_0005", T0.AddSeconds(5)), T0, limits);
        Assert.Null(ledger.Find(Key("o_0002")));
        Assert.Equal(1, ledger.DroppedOpenOrders);
        Assert.Equal(3, ledger.Orders.Count());
    }

    [Fact]
    public void Remembered_event_ids_are_bounded()
    {
        var ids = new RecentEventIds();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(ids.TryAdd($"e{i}", capacity: 4));
        }

        Assert.Equal(4, ids.Count);
        Assert.False(ids.TryAdd("e9", 4));
        Assert.True(ids.TryAdd("e0", 4));
    }
}
