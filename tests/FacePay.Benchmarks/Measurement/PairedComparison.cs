namespace FacePay.Benchmarks.Measurement;

/// <summary>
/// Measures our code and its raw baseline in alternating rounds (A B, B A, A B, …) after a warm-up of both, so
/// drift on a shared machine (other processes, thermal, tiered JIT) falls on both sides alike.
/// </summary>
public static class PairedComparison
{
    /// <summary>Runs the comparison; each delegate performs one timed measurement and returns its figure.</summary>
    public static PairedResult Run(int rounds, Func<double> baseline, Func<double> ours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        var baselines = new List<double>(rounds);
        var ourValues = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                baselines.Add(baseline());
                ourValues.Add(ours());
            }
            else
            {
                ourValues.Add(ours());
                baselines.Add(baseline());
            }
        }

        return new PairedResult(Spread.Of(baselines), Spread.Of(ourValues));
    }

    /// <summary>The asynchronous form of <see cref="Run"/>.</summary>
    public static async Task<PairedResult> RunAsync(int rounds, Func<Task<double>> baseline, Func<Task<double>> ours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        var baselines = new List<double>(rounds);
        var ourValues = new List<double>(rounds);
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

        return new PairedResult(Spread.Of(baselines), Spread.Of(ourValues));
    }
}
