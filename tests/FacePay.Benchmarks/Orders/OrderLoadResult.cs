using FacePay.Benchmarks.Measurement;

namespace FacePay.Benchmarks.Orders;

/// <summary>What one load run achieved.</summary>
/// <param name="Description">How the load was applied.</param>
/// <param name="OrdersPlaced">Orders the driver placed in the run.</param>
/// <param name="OrdersCompleted">Of those, complete (paid, notification acknowledged, payment webhook received).</param>
/// <param name="CompletedPerSecond">Complete orders per second (per window for the closed loop; over the run for the open loop).</param>
/// <param name="Latency">Order start (or due time) to completion, over the completed orders.</param>
/// <param name="Failures">Distinct failure messages, with counts.</param>
public sealed record OrderLoadResult(
    string Description,
    int OrdersPlaced,
    int OrdersCompleted,
    Spread CompletedPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, int> Failures);
