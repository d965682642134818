namespace FacePay.Benchmarks.Reconciliation;

/// <summary>One channel's bill: our reconciliation beside a raw parse of the same file.</summary>
/// <param name="Channel">The channel whose bill format was read.</param>
/// <param name="Raw">The channel's bill reader alone, every record enumerated.</param>
/// <param name="Ours">Read, matched against the ledger and every finding classified.</param>
public sealed record ReconciliationFigure(string Channel, ReconciliationRun Raw, ReconciliationRun Ours)
{
    /// <summary>Our throughput as a share of the raw parse's.</summary>
    public double Ratio => Raw.Elapsed / Ours.Elapsed;
}
