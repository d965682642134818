namespace FacePay.Benchmarks.Measurement;

/// <summary>One timed round: operations per wall-clock second, and per second of this process's CPU time.</summary>
/// <param name="PerSecond">Operations per wall-clock second.</param>
/// <param name="PerCpuSecond">Operations per CPU-second of the whole process, when the clock is available.</param>
public sealed record Throughput(double PerSecond, double? PerCpuSecond)
{
    /// <summary>Measures <paramref name="operations"/> over a run that took <paramref name="wallSeconds"/> and the CPU between two readings.</summary>
    public static Throughput From(double operations, double wallSeconds, TimeSpan? cpuBefore, TimeSpan? cpuAfter) =>
        new(operations / wallSeconds, cpuBefore is { } b && cpuAfter is { } a && a > b ? operations / (a - b).TotalSeconds : null);
}
