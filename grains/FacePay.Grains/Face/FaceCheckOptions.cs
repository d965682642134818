namespace FacePay.Grains.Face;

/// <summary>
/// Capacity of the silo's face checker, bound from <c>Face:Checks</c>. Analyses run at most
/// <see cref="MaxConcurrency"/> at a time; up to <see cref="MaxQueueLength"/> more wait; beyond that a check is
/// answered <c>Busy</c> at once (back-pressure) rather than queueing without bound behind CPU-bound work.
/// </summary>
public sealed class FaceCheckOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Face:Checks";

    /// <summary>
    /// Analyses running at once; 0 = one per CPU core. Each analysis is single-threaded CPU work (~26 ms on this
    /// hardware), and STACK.md measured that two in parallel on two cores doubles throughput while more only queue.
    /// </summary>
    public int MaxConcurrency { get; set; }

    /// <summary>Checks allowed to wait for a free slot before new ones are refused as busy.</summary>
    public int MaxQueueLength { get; set; } = 32;

    /// <summary>The effective concurrency.</summary>
    public int EffectiveConcurrency => MaxConcurrency > 0 ? MaxConcurrency : Environment.ProcessorCount;
}
