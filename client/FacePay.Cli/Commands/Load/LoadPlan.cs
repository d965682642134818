namespace FacePay.Cli.Commands.Load;

/// <summary>How much load to drive, and the bounds that make a run stop by itself.</summary>
/// <param name="Count">Operations to start, at most <see cref="MaxCount"/>.</param>
/// <param name="Rate">Operations started per second, at most <see cref="MaxRate"/>; starts fall behind when every slot is busy.</param>
/// <param name="Concurrency">Operations in flight at once, at most <see cref="MaxConcurrency"/>.</param>
/// <param name="TimeLimit">The whole run's limit, at most <see cref="MaxTimeLimit"/>: then nothing new starts and what is in flight is abandoned.</param>
public sealed record LoadPlan(int Count, double Rate, int Concurrency, TimeSpan TimeLimit)
{
    /// <summary>The most operations one run may start.</summary>
    public const int MaxCount = 10_000;

    /// <summary>The highest start rate, per second.</summary>
    public const double MaxRate = 1_000;

    /// <summary>The most operations in flight.</summary>
    public const int MaxConcurrency = 64;

    /// <summary>The longest run.</summary>
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromMinutes(10);

    /// <summary>When operation <paramref name="index"/> (0-based) is due, from the start of the run.</summary>
    public TimeSpan DueAt(int index) => TimeSpan.FromSeconds(index / Rate);
}
