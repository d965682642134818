namespace FacePay.Domain.Operations;

/// <summary>Percentiles of a <see cref="LatencyHistogram"/> in milliseconds (null when nothing was recorded).</summary>
/// <param name="Count">Recordings.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
public sealed record LatencySummary(long Count, double? P50, double? P90, double? P95, double? P99);
