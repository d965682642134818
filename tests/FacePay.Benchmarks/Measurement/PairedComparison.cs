namespace FacePay.Benchmarks.Measurement;

/// <summary>
/// Measures our code and its raw baseline in alternating rounds (A B, B A, A B, …) after a warm-up of both, so
/// drift on a shared machine (other processes, thermal, tiered JIT) falls on both sides alike.
/// </summary>
public static class PairedComparison
{
    /// <summary>Runs the comparison; each delegate performs one timed measurement and returns its figure.</summary>
    public static PairedResult Run(int rounds, Func<Throughput> baseline, Func<Throughput> ours)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);

        // The measurements are synchronous, so the asynchronous form completes inline.
        return RunAsync(rounds, () => Task.FromResult(baseline()), () => Task.FromResult(ours())).GetAwaiter().GetResult();
    }

    /// <summary>The asynchronous form of <see cref="Run"/>.</summary>
    public static async Task<PairedResult> RunAsync(int rounds, Func<Task<Throughput>> baseline, Func<Task<Throughput>> ours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        var baselines = new List<Throughput>(rounds);
        var ourValues = new List<Throughput>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                baselines.Add(await baseline());
                ourValues.Add(await ours());
            }
            else
            {
                ourValues.Add(await ours());
                baselines.Add(await baseline());
            }
        }

        return PairedResult.Of(baselines, ourValues);
    }
}
