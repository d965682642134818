using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>One merchant's operations read model as a snapshot (see <see cref="MerchantOperationsLedger"/>).</summary>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.MerchantOperationsView")]
public sealed record MerchantOperationsView
{
    /// <summary>The merchant.</summary>
    [Id(0)]
    public required string MerchantId { get; init; }

    /// <summary>Activity per time bucket, oldest first (sparse: empty buckets are absent).</summary>
    [Id(1)]
    public IReadOnlyList<ActivityBucket> Buckets { get; init; } = [];

    /// <summary>The most recently changed orders, newest first.</summary>
    [Id(2)]
    public IReadOnlyList<TrackedOrder> LatestOrders { get; init; } = [];

    /// <summary>Orders whose payment outcome is unknown, waiting for a channel query, longest waiting first.</summary>
    [Id(3)]
    public IReadOnlyList<TrackedOrder> AwaitingQuery { get; init; } = [];

    /// <summary>Unpaid orders past their expiry that are not closed yet, earliest expiry first.</summary>
    [Id(4)]
    public IReadOnlyList<TrackedOrder> OpenPastExpiry { get; init; } = [];

    /// <summary>How many tracked orders are open, by state.</summary>
    [Id(5)]
    public ImmutableSortedDictionary<OrderState, int> OpenByState { get; init; } = ImmutableSortedDictionary<OrderState, int>.Empty;

    /// <summary>Recent payment and refund failures, newest first.</summary>
    [Id(6)]
    public IReadOnlyList<RecentFailure> RecentFailures { get; init; } = [];

    /// <summary>Events applied.</summary>
    [Id(7)]
    public long AppliedEvents { get; init; }

    /// <summary>Redeliveries dropped.</summary>
    [Id(8)]
    public long DuplicateEvents { get; init; }

    /// <summary>Open orders dropped from tracking (when not zero, the open lists may be incomplete).</summary>
    [Id(9)]
    public long DroppedOpenOrders { get; init; }

    /// <summary>The width of a bucket.</summary>
    [Id(10)]
    public TimeSpan BucketWidth { get; init; } = OperationsLimits.Default.BucketWidth;
}
