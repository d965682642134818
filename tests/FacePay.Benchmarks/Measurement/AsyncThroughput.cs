using System.Diagnostics;

namespace FacePay.Benchmarks.Measurement;

/// <summary>
/// A closed loop of <c>concurrency</c> asynchronous callers, each starting its next operation when the previous one
/// returns, for a fixed time; every operation's latency goes to the recorder.
/// </summary>
public static class AsyncThroughput
{
    /// <summary>Runs the loop; returns operations per second over the run.</summary>
    public static async Task<Throughput> MeasureAsync(
        int concurrency, TimeSpan duration, Func<int, long, Task> operation, LatencyRecorder? latencies = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentNullException.ThrowIfNull(operation);
        var cpuBefore = ProcessCpuClock.Now();
        var clock = Stopwatch.StartNew();
        long completed = 0;
        var callers = Enumerable.Range(0, concurrency).Select(caller => Task.Run(async () =>
        {
            long iteration = 0;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(caller, iteration++);
                latencies?.Record(Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref completed);
            }
        })).ToArray();
        await Task.WhenAll(callers);
        var elapsed = clock.Elapsed.TotalSeconds;
        return Throughput.From(Interlocked.Read(ref completed), elapsed, cpuBefore, ProcessCpuClock.Now());
    }
}
