using Microsoft.Extensions.Options;

namespace FacePay.Grains.Face;

/// <summary>
/// The silo-wide bounded queue in front of the face pipeline (one instance per silo, shared by every
/// <see cref="FaceCheckWorker"/> activation). Work runs on the thread pool, never on the grain scheduler, so a
/// 40 ms inference does not hold up other grains' turns.
/// </summary>
/// <remarks>
/// No micro-batching: <c>fr_feature.onnx</c> has a fixed batch dimension of 1, and STACK.md measured that a copy with
/// a symbolic batch dimension gives identical embeddings but no speed-up on 2 CPU cores (batching pays on GPUs).
/// Parallel single-image runs on the shared sessions do scale (34 → 68 images/s with 2 in parallel), so the
/// limiter runs one analysis per core and bounds the queue behind them.
/// </remarks>
public sealed class FaceCheckLimiter : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly int capacity;
    private int pending;

    /// <summary>Creates the limiter from options.</summary>
    public FaceCheckLimiter(IOptions<FaceCheckOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Concurrency = options.Value.EffectiveConcurrency;
        capacity = Concurrency + options.Value.MaxQueueLength;
        slots = new SemaphoreSlim(Concurrency, Concurrency);
    }

    /// <summary>Analyses allowed at once.</summary>
    public int Concurrency { get; }

    /// <summary>Checks running or waiting now.</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool when a slot is free or the queue has room; returns null at once
    /// when the queue is full.
    /// </summary>
    public async Task<T?> TryRunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref pending) > capacity)
        {
            Interlocked.Decrement(ref pending);
            return null;
        }

        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await Task.Run(work, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    /// <inheritdoc />
    public void Dispose() => slots.Dispose();
}
