namespace FacePay.Benchmarks.Measurement;

/// <summary>The repeated measurements of a raw baseline and of our code on the same work.</summary>
/// <param name="Baseline">The raw baseline's figures (per wall-clock second).</param>
/// <param name="Ours">Our code's figures (per wall-clock second).</param>
/// <param name="BaselineCpu">The baseline per CPU-second of the process, when measured.</param>
/// <param name="OursCpu">Ours per CPU-second of the process, when measured.</param>
/// <param name="Ratios">Ours ÷ baseline for each round (the two measurements of a round are adjacent in time).</param>
/// <param name="CpuRatios">The same per CPU-second, when measured.</param>
public sealed record PairedResult(Spread Baseline, Spread Ours, Spread Ratios, Spread? BaselineCpu = null, Spread? OursCpu = null, Spread? CpuRatios = null)
{
    /// <summary>The median of the per-round ratios (1.0 = as fast as raw): a busy moment hits both halves of a round.</summary>
    public double Ratio => Ratios.Median;

    /// <summary>The same per CPU-second of the process, when measured.</summary>
    public double? CpuRatio => CpuRatios?.Median;

    public static PairedResult Of(IReadOnlyCollection<Throughput> baseline, IReadOnlyCollection<Throughput> ours)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        var withCpu = baseline.Concat(ours).All(t => t.PerCpuSecond is not null);
        return new PairedResult(
            Spread.Of([.. baseline.Select(t => t.PerSecond)]),
            Spread.Of([.. ours.Select(t => t.PerSecond)]),
            Spread.Of([.. ours.Zip(baseline, (o, b) => o.PerSecond / b.PerSecond)]),
            withCpu ? Spread.Of([.. baseline.Select(t => t.PerCpuSecond!.Value)]) : null,
            withCpu ? Spread.Of([.. ours.Select(t => t.PerCpuSecond!.Value)]) : null,
            withCpu ? Spread.Of([.. ours.Zip(baseline, (o, b) => o.PerCpuSecond!.Value / b.PerCpuSecond!.Value)]) : null);
    }
}
