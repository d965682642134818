namespace FacePay.Benchmarks.Reconciliation;

/// <summary>One timed pass over a bill file (the median of the runs is kept).</summary>
/// <param name="Elapsed">Wall-clock time of the pass.</param>
/// <param name="PeakBytes">Peak managed heap above the baseline taken just before the pass.</param>
/// <param name="Findings">Records read (raw parse) or findings classified (reconcile): proves the work was done.</param>
public sealed record ReconciliationRun(TimeSpan Elapsed, long PeakBytes, int Findings)
{
    /// <summary>The peak in MiB.</summary>
    public double PeakMiB => PeakBytes / 1024.0 / 1024.0;

    /// <summary>Bill lines per second over <paramref name="lines"/> lines.</summary>
    public double LinesPerSecond(int lines) => lines / Elapsed.TotalSeconds;
}
