namespace FacePay.Benchmarks;

/// <summary>How long and how often each measurement runs: the full run for docs/BENCHMARKS.md, or a quick smoke run.</summary>
/// <param name="Quick">True for the smoke run (figures are only indicative).</param>
/// <param name="Rounds">Alternating baseline/ours rounds per comparison.</param>
/// <param name="WarmUp">Warm-up before the rounds of a comparison (JIT tiers, connection pools, caches).</param>
/// <param name="CpuRound">One timed round of a CPU micro figure.</param>
/// <param name="FaceRound">One timed round of a face figure.</param>
/// <param name="FaceRounds">Alternating rounds per face figure.</param>
/// <param name="OrderRound">One window of the full order load.</param>
/// <param name="OrderWindows">Windows of the full order load (and rounds of the raw PostgreSQL baseline).</param>
/// <param name="HalfLoadDuration">The open-loop run at half load.</param>
/// <param name="ApiRound">One run of each Merchant API figure (wrk, and the direct client beside it).</param>
/// <param name="ReconciliationLines">Lines of each reconciled bill.</param>
/// <param name="ReconciliationRuns">Timed passes per reconciliation figure (the median is kept).</param>
public sealed record BenchmarkSettings(
    bool Quick,
    int Rounds,
    TimeSpan WarmUp,
    TimeSpan CpuRound,
    TimeSpan FaceRound,
    int FaceRounds,
    TimeSpan OrderRound,
    int OrderWindows,
    TimeSpan HalfLoadDuration,
    TimeSpan ApiRound,
    int ReconciliationLines,
    int ReconciliationRuns)
{
    /// <summary>The bounded full run (a few minutes in all on 2 cores).</summary>
    public static BenchmarkSettings Full { get; } = new(
        Quick: false,
        Rounds: 15,
        WarmUp: TimeSpan.FromSeconds(1),
        CpuRound: TimeSpan.FromSeconds(0.3),
        FaceRound: TimeSpan.FromSeconds(1.5),
        FaceRounds: 7,
        OrderRound: TimeSpan.FromSeconds(5),
        OrderWindows: 6,
        HalfLoadDuration: TimeSpan.FromSeconds(15),
        ApiRound: TimeSpan.FromSeconds(10),
        ReconciliationLines: 100_000,
        ReconciliationRuns: 5);

    /// <summary>One short round of everything: proves the driver works, not how fast anything is.</summary>
    public static BenchmarkSettings QuickRun { get; } = new(
        Quick: true,
        Rounds: 1,
        WarmUp: TimeSpan.FromMilliseconds(200),
        CpuRound: TimeSpan.FromMilliseconds(200),
        FaceRound: TimeSpan.FromMilliseconds(500),
        FaceRounds: 1,
        OrderRound: TimeSpan.FromSeconds(1.5),
        OrderWindows: 1,
        HalfLoadDuration: TimeSpan.FromSeconds(1.5),
        ApiRound: TimeSpan.FromSeconds(2),
        ReconciliationLines: 100_000,
        ReconciliationRuns: 1);
}
