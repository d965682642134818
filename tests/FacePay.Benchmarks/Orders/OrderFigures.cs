using FacePay.Benchmarks.Measurement;

namespace FacePay.Benchmarks.Orders;

/// <summary>Issue 4's figures: achieved complete orders/s beside the same-run physical limits.</summary>
public sealed record OrderFigures
{
    public required int Silos { get; init; }

    public required int Kiosks { get; init; }

    /// <summary>Raw RSA-2048 signs/s on every core.</summary>
    public required Spread RawSignsPerSecond { get; init; }

    /// <summary>RSA signatures made on this machine per order, counted at the sandbox (ours and the gateway's).</summary>
    public required double SignaturesPerOrder { get; init; }

    /// <summary>Of those, signed by our code (the request).</summary>
    public required double OurSignaturesPerOrder { get; init; }

    /// <summary>Raw upserts/s at the best connection count tried.</summary>
    public required Spread RawUpsertsPerSecond { get; init; }

    public required int RawUpsertConnections { get; init; }

    public required int OrderStateBytes { get; init; }

    /// <summary>Grain-state rows written per order (pg_stat_user_tables).</summary>
    public required double StateWritesPerOrder { get; init; }

    /// <summary>Reminder rows written per order (pg_stat_user_tables).</summary>
    public required double ReminderWritesPerOrder { get; init; }

    /// <summary>Committed transactions per order, reads included.</summary>
    public required double CommitsPerOrder { get; init; }

    /// <summary>Rows written to the payment stream's queue table per order (each event: inserted, dequeued, deleted).</summary>
    public required double StreamWritesPerOrder { get; init; }

    public required OrderLoadResult MaxLoad { get; init; }

    /// <summary>Full load: where each order's time went.</summary>
    public required OrderStages MaxLoadStages { get; init; }

    /// <summary>Half load: where each order's time went.</summary>
    public required OrderStages HalfLoadStages { get; init; }

    public required OrderLoadResult HalfLoad { get; init; }

    public required int DuplicateWebhookDeliveries { get; init; }

    public required int SandboxTrades { get; init; }

    public required int OrdersPlacedInAll { get; init; }

    public double WritesPerOrder => StateWritesPerOrder + ReminderWritesPerOrder + StreamWritesPerOrder;

    public double RsaLimit => RawSignsPerSecond.Median / SignaturesPerOrder;

    public double PostgresLimit => RawUpsertsPerSecond.Median / WritesPerOrder;

    public double LowerLimit => Math.Min(RsaLimit, PostgresLimit);

    public double RatioToLowerLimit => MaxLoad.CompletedPerSecond.Median / LowerLimit;

    public bool ThroughputGoalMet => RatioToLowerLimit >= 0.60;

    public bool LatencyGoalMet => HalfLoad.OrdersCompleted == HalfLoad.OrdersPlaced && HalfLoad.Latency.P99Ms <= 50;

    /// <summary>What went wrong with money or delivery in the run (must be empty): the figures are void otherwise.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var load in new[] { MaxLoad, HalfLoad })
        {
            if (load.OrdersCompleted != load.OrdersPlaced)
            {
                yield return $"{load.Description}: {load.OrdersPlaced - load.OrdersCompleted} of {load.OrdersPlaced} orders did not complete.";
            }
        }

        if (DuplicateWebhookDeliveries > 0)
        {
            yield return $"{DuplicateWebhookDeliveries} webhook events were delivered more than once.";
        }

        if (SandboxTrades != OrdersPlacedInAll)
        {
            yield return $"{SandboxTrades} trades at the sandbox for {OrdersPlacedInAll} orders placed.";
        }
    }
}
