namespace FacePay.Domain.Operations;

/// <summary>The bounds of a merchant's operations read model: every list and window it keeps has one.</summary>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.OperationsLimits")]
public sealed record OperationsLimits
{
    /// <summary>The defaults: one-minute buckets for six hours, 1,000 event ids, 500 tracked orders, 50 failures.</summary>
    public static readonly OperationsLimits Default = new();

    /// <summary>The width of a timeline bucket.</summary>
    [Id(0)]
    public TimeSpan BucketWidth { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back the timeline keeps buckets.</summary>
    [Id(1)]
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How many recent event ids are remembered to drop redeliveries.</summary>
    [Id(2)]
    public int RememberedEventIds { get; init; } = 1000;

    /// <summary>How many orders are tracked (finished ones are dropped first).</summary>
    [Id(3)]
    public int TrackedOrders { get; init; } = 500;

    /// <summary>How many recent failures are kept.</summary>
    [Id(4)]
    public int RecentFailures { get; init; } = 50;

    /// <summary>Throws when a bound is not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BucketWidth, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(Retention, BucketWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(RememberedEventIds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(TrackedOrders, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RecentFailures, 1);
    }
}
