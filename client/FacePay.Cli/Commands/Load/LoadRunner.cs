using System.Collections.Concurrent;

namespace FacePay.Cli.Commands.Load;

/// <summary>
/// Drives a <see cref="LoadPlan"/>: starts operation i at i / rate seconds from the start (open loop, so a slow cluster
/// does not slow the schedule, only the free slots), never more than the plan's concurrency at once, and stops at the
/// time limit: nothing new starts and operations in flight are abandoned (counted as unfinished). Latency is measured
/// per operation from its own start.
/// </summary>
/// <param name="time">The clock.</param>
public sealed class LoadRunner(TimeProvider time)
{
    /// <summary>Runs the plan to its end and returns what happened.</summary>
    /// <param name="plan">How much, how fast, how long.</param>
    /// <param name="operation">The operation to run for each index.</param>
    /// <param name="onProgress">Called after each start and finish (from any thread).</param>
    /// <param name="cancellationToken">Cancels the run (Ctrl-C): the exception propagates.</param>
    public async Task<LoadResult> RunAsync(LoadPlan plan, LoadOperation operation, Action<LoadProgress> onProgress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(onProgress);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(plan.TimeLimit);
        using var slots = new SemaphoreSlim(plan.Concurrency);
        var finished = new ConcurrentQueue<LoadResult.Operation>();
        var running = new List<Task>(plan.Count);
        var counters = new Counters();
        var start = time.GetTimestamp();
        var stop = LoadStop.Completed;
        try
        {
            for (var index = 0; index < plan.Count; index++)
            {
                var wait = plan.DueAt(index) - time.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, limit.Token);
                }

                await slots.WaitAsync(limit.Token);

                // Operations abandoned at the limit free their slots as it fires; a slot won then must not start one more.
                if (limit.IsCancellationRequested)
                {
                    slots.Release();
                    break;
                }

                Interlocked.Increment(ref counters.Started);
                running.Add(RunOneAsync(index));
                onProgress(counters.Snapshot());
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            stop = LoadStop.TimeLimit;
        }

        await Task.WhenAll(running);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            stop = LoadStop.TimeLimit;
        }

        var ordered = finished.OrderBy(o => o.Index).ToList();
        return new LoadResult(plan, stop, time.GetElapsedTime(start), counters.Started, ordered);

        async Task RunOneAsync(int index)
        {
            var began = time.GetTimestamp();
            try
            {
                string? failure;
                try
                {
                    failure = await operation(index, limit.Token);
                }
                catch (OperationCanceledException) when (limit.IsCancellationRequested)
                {
                    // Abandoned at the limit: the outcome is unknown, so it is neither a success nor a failure.
                    return;
                }
                catch (Exception ex)
                {
                    failure = $"exception:{ex.GetType().Name}";
                }

                finished.Enqueue(new LoadResult.Operation(index, time.GetElapsedTime(began), failure));
                Interlocked.Increment(ref failure is null ? ref counters.Succeeded : ref counters.Failed);
                onProgress(counters.Snapshot());
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private sealed class Counters
    {
        public int Started;
        public int Succeeded;
        public int Failed;

        public LoadProgress Snapshot() => new(Volatile.Read(ref Started), Volatile.Read(ref Succeeded), Volatile.Read(ref Failed));
    }
}
