namespace FacePay.Cli.Commands.Load;

/// <summary>What a run did, operation by operation.</summary>
/// <param name="Plan">The plan it ran.</param>
/// <param name="Stop">Why it ended.</param>
/// <param name="Elapsed">From the first start to the end.</param>
/// <param name="Started">Operations started.</param>
/// <param name="Finished">Each finished operation: its latency and, when it failed, why.</param>
public sealed record LoadResult(LoadPlan Plan, LoadStop Stop, TimeSpan Elapsed, int Started, IReadOnlyList<LoadResult.Operation> Finished)
{
    /// <summary>Operations that never started (the time limit came first).</summary>
    public int NotStarted => Plan.Count - Started;

    /// <summary>Operations started but abandoned at the time limit: their outcome is unknown here (the cluster may still finish them).</summary>
    public int Unfinished => Started - Finished.Count;

    /// <summary>Finished operations that succeeded.</summary>
    public int Succeeded => Finished.Count(o => o.Failure is null);

    /// <summary>Finished operations that failed.</summary>
    public int Failed => Finished.Count - Succeeded;

    /// <summary>Failures by reason, most frequent first.</summary>
    public IReadOnlyDictionary<string, int> FailuresByReason() =>
        Finished.Where(o => o.Failure is not null)
            .GroupBy(o => o.Failure!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>One finished operation.</summary>
    /// <param name="Index">Its 0-based index.</param>
    /// <param name="Latency">From its start to its end.</param>
    /// <param name="Failure">Why it failed, or null.</param>
    public sealed record Operation(int Index, TimeSpan Latency, string? Failure);
}
