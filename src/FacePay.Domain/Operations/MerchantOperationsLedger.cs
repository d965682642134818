using System.Collections.Immutable;
using FacePay.Domain.Events;

namespace FacePay.Domain.Operations;

/// <summary>
/// One merchant's operations read model, fed by its payment events: activity counts per time bucket, the orders it
/// tracks (latest state, unknown outcomes waiting for a query, unpaid orders past expiry) and the recent failures.
/// Pure rules, no I/O: the merchant's operations grain persists it after each event it changes.
/// </summary>
/// <remarks>
/// Redeliveries are dropped by event id (<see cref="RecentEventIds"/>). An older event that arrives after a newer one
/// of the same order is counted (it happened) but does not move the order's tracked state back. Tracked orders are
/// bounded: finished ones are dropped first, oldest first, then the oldest open ones (<see cref="DroppedOpenOrders"/>
/// counts those, so a view can say it is incomplete).
/// </remarks>
[GenerateSerializer, Alias("FacePay.Operations.MerchantOperationsLedger")]
public sealed class MerchantOperationsLedger
{
    [Id(0)]
    private readonly RecentEventIds _seen = new();

    [Id(1)]
    private ImmutableList<ActivityBucket> _buckets = [];

    [Id(2)]
    private ImmutableDictionary<string, TrackedOrder> _orders = ImmutableDictionary.Create<string, TrackedOrder>(StringComparer.Ordinal);

    [Id(3)]
    private ImmutableList<RecentFailure> _failures = [];

    /// <summary>Events applied (first sightings).</summary>
    [Id(4)]
    public long AppliedCount { get; private set; }

    /// <summary>Redeliveries dropped.</summary>
    [Id(5)]
    public long DuplicateCount { get; private set; }

    /// <summary>Open (unfinished) orders that had to be dropped to keep the tracked set bounded.</summary>
    [Id(6)]
    public long DroppedOpenOrders { get; private set; }

    /// <summary>The activity buckets, oldest first.</summary>
    public IReadOnlyList<ActivityBucket> Buckets => _buckets;

    /// <summary>The tracked orders, in no particular order.</summary>
    public IEnumerable<TrackedOrder> Orders => _orders.Values;

    /// <summary>The recent failures, newest first.</summary>
    public IReadOnlyList<RecentFailure> Failures => _failures;

    /// <summary>The tracked order, or null.</summary>
    public TrackedOrder? Find(OrderKey key) => _orders.GetValueOrDefault(key.ToString());

    /// <summary>Applies one event; false when it was a redelivery and changed nothing.</summary>
    public bool Apply(PaymentEvent paymentEvent, DateTimeOffset now, OperationsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        ArgumentNullException.ThrowIfNull(limits);
        if (!_seen.TryAdd(paymentEvent.EventId, limits.RememberedEventIds))
        {
            DuplicateCount++;
            return false;
        }

        AppliedCount++;
        var known = Find(paymentEvent.Key);
        var channel = ChannelOf(paymentEvent) ?? known?.Channel;
        _buckets = ActivityTimeline.Record(_buckets, ActivityOf(paymentEvent), channel, paymentEvent.OccurredAt, now, limits);
        if (FailureOf(paymentEvent, channel) is { } failure)
        {
            _failures = _failures.Insert(0, failure);
            if (_failures.Count > limits.RecentFailures)
            {
                _failures = _failures.RemoveRange(limits.RecentFailures, _failures.Count - limits.RecentFailures);
            }
        }

        if (known is null || paymentEvent.OrderVersion > known.Version)
        {
            Track(Next(known, paymentEvent, channel), limits);
        }

        return true;
    }

    /// <summary>The read model as one merchant's view at <paramref name="now"/>.</summary>
    public MerchantOperationsView View(string merchantId, DateTimeOffset now, OperationsLimits limits, int latestOrders = 20)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var orders = _orders.Values;
        return new MerchantOperationsView
        {
            MerchantId = merchantId,
            Buckets = ActivityTimeline.Prune(_buckets, now, limits),
            LatestOrders = [.. orders.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Key.ToString(), StringComparer.Ordinal).Take(latestOrders)],
            AwaitingQuery = [.. orders.Where(o => o.AwaitsQuery).OrderBy(o => o.OutcomeUnknownSince)],
            OpenPastExpiry = [.. orders.Where(o => o.IsOpenPastExpiry(now)).OrderBy(o => o.ExpiresAt)],
            OpenByState = orders.Where(o => !o.IsFinished).GroupBy(o => o.State).ToImmutableSortedDictionary(g => g.Key, g => g.Count()),
            RecentFailures = _failures,
            AppliedEvents = AppliedCount,
            DuplicateEvents = DuplicateCount,
            DroppedOpenOrders = DroppedOpenOrders,
            BucketWidth = limits.BucketWidth,
        };
    }

    private void Track(TrackedOrder order, OperationsLimits limits)
    {
        _orders = _orders.SetItem(order.Key.ToString(), order);
        if (_orders.Count <= limits.TrackedOrders)
        {
            return;
        }

        // Drop one: the oldest finished order, else the oldest open one (never the one just updated).
        var victim = _orders.Values.Where(o => o.IsFinished && o.Key != order.Key).MinBy(o => o.UpdatedAt)
            ?? _orders.Values.Where(o => o.Key != order.Key).MinBy(o => o.UpdatedAt)!;
        if (!victim.IsFinished)
        {
            DroppedOpenOrders++;
        }

        _orders = _orders.Remove(victim.Key.ToString());
    }

    private static TrackedOrder Next(TrackedOrder? known, PaymentEvent paymentEvent, PaymentChannel? channel)
    {
        var order = known ?? new TrackedOrder(paymentEvent.Key, OrderState.Created, 0, paymentEvent.OccurredAt, channel, null, null, null, null, null);
        order = order with { Version = paymentEvent.OrderVersion, UpdatedAt = paymentEvent.OccurredAt, Channel = channel };
        return paymentEvent switch
        {
            OrderCreated created => order with
            {
                State = OrderState.Created,
                Amount = created.Amount,
                CreatedAt = created.OccurredAt,
                ExpiresAt = created.ExpiresAt,
            },
            PaymentOutcomeUnknown unknown => order with { State = OrderState.Paying, OutcomeUnknownSince = unknown.OccurredAt, LastCode = unknown.ErrorCode },
            PaymentSucceeded succeeded => order with { State = OrderState.Paid, Amount = succeeded.Amount, OutcomeUnknownSince = null },
            PaymentFailed failed => order with { State = OrderState.Failed, OutcomeUnknownSince = null, LastCode = failed.FailureCode },
            OrderClosed => order with { State = OrderState.Closed, OutcomeUnknownSince = null },
            RefundSucceeded refunded => order with { State = refunded.FullyRefunded ? OrderState.Refunded : OrderState.PartiallyRefunded },
            RefundFailed refundFailed => order with { LastCode = refundFailed.FailureCode },
            _ => order,
        };
    }

    private static OrderActivity ActivityOf(PaymentEvent paymentEvent) => paymentEvent switch
    {
        OrderCreated => OrderActivity.Created,
        PaymentSucceeded => OrderActivity.Paid,
        PaymentFailed => OrderActivity.Failed,
        PaymentOutcomeUnknown => OrderActivity.OutcomeUnknown,
        OrderClosed => OrderActivity.Closed,
        RefundSucceeded => OrderActivity.Refunded,
        RefundFailed => OrderActivity.RefundFailed,
        _ => throw new ArgumentException($"Unknown payment event kind '{paymentEvent.Kind}'.", nameof(paymentEvent)),
    };

    private static PaymentChannel? ChannelOf(PaymentEvent paymentEvent) => paymentEvent switch
    {
        OrderCreated created => created.Channel,
        PaymentSucceeded succeeded => succeeded.Channel,
        PaymentFailed failed => failed.Channel,
        PaymentOutcomeUnknown unknown => unknown.Channel,
        OrderClosed closed => closed.Channel,
        _ => null,
    };

    private static RecentFailure? FailureOf(PaymentEvent paymentEvent, PaymentChannel? channel) => paymentEvent switch
    {
        PaymentFailed failed => new RecentFailure(failed.Key, OrderActivity.Failed, failed.OccurredAt, channel, failed.FailureCode, failed.FailureMessage, failed.EventId),
        RefundFailed refund => new RecentFailure(
            refund.Key, OrderActivity.RefundFailed, refund.OccurredAt, channel, refund.FailureCode, $"refund {refund.OutRefundNo} of {refund.Amount}", refund.EventId),
        _ => null,
    };
}
