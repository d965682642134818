using System.Diagnostics;

namespace FacePay.Benchmarks.Measurement;

/// <summary>
/// Runs a synchronous operation flat out on dedicated threads for a fixed time and reports operations per second.
/// Each thread counts its own operations over its own elapsed time, so a thread that starts late is not credited
/// with time it did not run.
/// </summary>
public static class CpuThroughput
{
    /// <summary>Runs <paramref name="operation"/> (given the thread index and the thread's iteration) on
    /// <paramref name="threads"/> threads for <paramref name="duration"/>; returns the total operations per second.</summary>
    public static Throughput Measure(int threads, TimeSpan duration, Action<int, long> operation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentNullException.ThrowIfNull(operation);
        var rates = new double[threads];
        var counts = new long[threads];
        var failures = new Exception?[threads];
        using var start = new Barrier(threads);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var index = t;
            workers[t] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    var clock = Stopwatch.StartNew();
                    long count = 0;
                    while (clock.Elapsed < duration)
                    {
                        operation(index, count);
                        count++;
                    }

                    rates[index] = count / clock.Elapsed.TotalSeconds;
                    counts[index] = count;
                }
                catch (Exception ex)
                {
                    failures[index] = ex;
                }
            })
            {
                IsBackground = true,
                Name = $"bench-{index}",
            };
        }

        var cpuBefore = ProcessCpuClock.Now();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        var cpuAfter = ProcessCpuClock.Now();

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            throw new InvalidOperationException($"The measured operation failed: {failure.Message}", failure);
        }

        var perSecond = rates.Sum();
        var cpu = Throughput.From(counts.Sum(), 1, cpuBefore, cpuAfter).PerCpuSecond;
        return new Throughput(perSecond, cpu);
    }
}
