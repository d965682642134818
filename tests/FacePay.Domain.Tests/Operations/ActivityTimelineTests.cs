using FacePay.Domain.Operations;

namespace FacePay.Domain.Tests.Operations;

public sealed class ActivityTimelineTests
{
    private static readonly OperationsLimits Limits = OperationsLimits.Default with { BucketWidth = TimeSpan.FromMinutes(1), Retention = TimeSpan.FromMinutes(10) };
    private static readonly DateTimeOffset T0 = OperationEvents.T0;

    [Fact]
    public void A_count_goes_into_the_bucket_of_the_events_own_time()
    {
        var buckets = ActivityTimeline.Record([], OrderActivity.Paid, PaymentChannel.Alipay, T0.AddSeconds(59), T0.AddMinutes(3), Limits);
        buckets = ActivityTimeline.Record(buckets, OrderActivity.Paid, PaymentChannel.WechatPay, T0.AddSeconds(61), T0.AddMinutes(3), Limits);
        buckets = ActivityTimeline.Record(buckets, OrderActivity.Failed, PaymentChannel.Alipay, T0.AddSeconds(1), T0.AddMinutes(3), Limits);

        Assert.Equal([T0, T0.AddMinutes(1)], buckets.Select(b => b.Start));
        Assert.Equal(1, buckets[0].Count(OrderActivity.Paid, PaymentChannel.Alipay));
        Assert.Equal(1, buckets[0].Count(OrderActivity.Failed));
        Assert.Equal(1, buckets[1].Count(OrderActivity.Paid, PaymentChannel.WechatPay));
        Assert.Equal(0, buckets[1].Count(OrderActivity.Paid, PaymentChannel.Alipay));
    }

    [Fact]
    public void A_late_event_is_inserted_in_time_order()
    {
        var buckets = ActivityTimeline.Record([], OrderActivity.Created, null, T0.AddMinutes(5), T0.AddMinutes(5), Limits);
        buckets = ActivityTimeline.Record(buckets, OrderActivity.Created, null, T0.AddMinutes(2), T0.AddMinutes(5), Limits);

        Assert.Equal([T0.AddMinutes(2), T0.AddMinutes(5)], buckets.Select(b => b.Start));
        Assert.Equal(1, buckets[0].Count(OrderActivity.Created, null));
    }

    [Fact]
    public void Buckets_older_than_the_retention_are_dropped_and_events_that_old_are_not_counted()
    {
        var buckets = ActivityTimeline.Record([], OrderActivity.Paid, PaymentChannel.Alipay, T0, T0, Limits);

        var later = T0.AddMinutes(11);
        buckets = ActivityTimeline.Record(buckets, OrderActivity.Paid, PaymentChannel.Alipay, T0.AddSeconds(30), later, Limits);
        Assert.Empty(buckets);

        buckets = ActivityTimeline.Record(buckets, OrderActivity.Paid, PaymentChannel.Alipay, later, later, Limits);
        Assert.Equal(later, Assert.Single(buckets).Start);
    }

    [Fact]
    public void Merging_adds_buckets_of_the_same_start_across_merchants()
    {
        var a = ActivityTimeline.Record([], OrderActivity.Paid, PaymentChannel.Alipay, T0, T0, Limits);
        var b = ActivityTimeline.Record([], OrderActivity.Paid, PaymentChannel.Alipay, T0.AddSeconds(10), T0, Limits);
        b = ActivityTimeline.Record(b, OrderActivity.Closed, PaymentChannel.Alipay, T0.AddMinutes(1), T0.AddMinutes(1), Limits);

        var merged = ActivityTimeline.Merge([a, b]);

        Assert.Equal(2, merged.Count);
        Assert.Equal(2, merged[0].Count(OrderActivity.Paid, PaymentChannel.Alipay));
        Assert.Equal(1, merged[1].Count(OrderActivity.Closed));
    }

    [Fact]
    public void Dense_fills_the_gaps_with_empty_buckets()
    {
        var buckets = ActivityTimeline.Record([], OrderActivity.Paid, null, T0.AddMinutes(2), T0.AddMinutes(2), Limits);

        var dense = ActivityTimeline.Dense(buckets, T0, T0.AddMinutes(3), TimeSpan.FromMinutes(1));

        Assert.Equal(4, dense.Count);
        Assert.Equal([0L, 0L, 1L, 0L], dense.Select(b => b.Count(OrderActivity.Paid)));
    }

    [Fact]
    public void Bucket_start_is_a_multiple_of_the_width_in_utc()
    {
        var local = new DateTimeOffset(2026, 11, 23, 20, 7, 45, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 5, 0, TimeSpan.Zero), ActivityTimeline.BucketStart(local, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Adding_buckets_of_different_starts_is_refused()
    {
        var a = ActivityBucket.Empty(T0);

        Assert.Throws<ArgumentException>(() => a.Plus(ActivityBucket.Empty(T0.AddMinutes(1))));
        Assert.All(a.Counts, c => Assert.Equal(0, c));
    }
}
