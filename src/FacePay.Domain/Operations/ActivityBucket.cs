using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// The counts of one time bucket: how many orders reached each <see cref="OrderActivity"/> on each channel, starting at
/// <see cref="Start"/>. Immutable; the timeline replaces a bucket when it counts into it.
/// </summary>
/// <param name="Start">The bucket's first instant (UTC, a multiple of the bucket width).</param>
/// <param name="Counts">Counts indexed by <see cref="IndexOf"/>.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.ActivityBucket")]
public sealed record ActivityBucket(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] ImmutableArray<long> Counts)
{
    /// <summary>The channel slots: Alipay, WechatPay and one for events that do not name a channel.</summary>
    public const int ChannelSlots = 3;

    /// <summary>How many activities there are.</summary>
    public static readonly int ActivityCount = Enum.GetValues<OrderActivity>().Length;

    /// <summary>An empty bucket.</summary>
    public static ActivityBucket Empty(DateTimeOffset start) => new(start, ImmutableArray.Create(new long[ActivityCount * ChannelSlots]));

    /// <summary>The slot of an activity on a channel (null: the channel is not known).</summary>
    public static int IndexOf(OrderActivity activity, PaymentChannel? channel) => ((int)activity * ChannelSlots) + ChannelSlot(channel);

    /// <summary>The count of one activity on one channel (null: events without a channel).</summary>
    public long Count(OrderActivity activity, PaymentChannel? channel) => Counts[IndexOf(activity, channel)];

    /// <summary>The count of one activity over every channel.</summary>
    public long Count(OrderActivity activity)
    {
        long total = 0;
        for (var slot = 0; slot < ChannelSlots; slot++)
        {
            total += Counts[((int)activity * ChannelSlots) + slot];
        }

        return total;
    }

    /// <summary>This bucket with one more count.</summary>
    public ActivityBucket Add(OrderActivity activity, PaymentChannel? channel, long count = 1) =>
        this with { Counts = Counts.SetItem(IndexOf(activity, channel), Counts[IndexOf(activity, channel)] + count) };

    /// <summary>The sum of two buckets of the same start.</summary>
    public ActivityBucket Plus(ActivityBucket other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Start != Start)
        {
            throw new ArgumentException("Only buckets of the same start can be added.", nameof(other));
        }

        var sum = new long[Counts.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = Counts[i] + other.Counts[i];
        }

        return this with { Counts = ImmutableArray.Create(sum) };
    }

    private static int ChannelSlot(PaymentChannel? channel) => channel switch
    {
        PaymentChannel.Alipay => 0,
        PaymentChannel.WechatPay => 1,
        _ => 2,
    };
}
