using FacePay.Benchmarks.Measurement;

namespace FacePay.Benchmarks.Reporting;

/// <summary>One measured figure of our code beside its raw baseline from the same run.</summary>
/// <param name="Section">Which part of the report it belongs to (e.g. "Channels").</param>
/// <param name="Name">What was measured through our code.</param>
/// <param name="BaselineName">What the raw baseline did.</param>
/// <param name="Unit">The unit of both figures, e.g. "ops/s".</param>
/// <param name="Threads">Threads (or concurrent callers) on both sides.</param>
/// <param name="Result">The repeated measurements.</param>
/// <param name="GoalRatio">The goal as a fraction of the baseline, or null when the figure has no goal.</param>
public sealed record ComparisonFigure(
    string Section,
    string Name,
    string BaselineName,
    string Unit,
    int Threads,
    PairedResult Result,
    double? GoalRatio)
{
    /// <summary>Latency percentiles of our side, when recorded.</summary>
    public LatencySummary? OurLatency { get; init; }

    /// <summary>Latency percentiles of the baseline side, when recorded.</summary>
    public LatencySummary? BaselineLatency { get; init; }

    /// <summary>Whether the goal is met (null without a goal).</summary>
    public bool? GoalMet => GoalRatio is { } goal ? Result.Ratio >= goal : null;
}
