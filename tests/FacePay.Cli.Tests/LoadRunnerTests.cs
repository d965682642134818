using FacePay.Cli.Commands.Load;
using FacePay.Domain;

namespace FacePay.Cli.Tests;

/// <summary>The load runner's bounds and bookkeeping on real time with fast plans; no timing is asserted.</summary>
public sealed class LoadRunnerTests
{
    private static readonly LoadRunner Runner = new(TimeProvider.System);

    [Fact]
    public async Task Every_operation_runs_once_and_never_more_than_the_concurrency_at_a_time()
    {
        var inFlight = 0;
        var mostInFlight = 0;
        var ran = new int[40];
        var plan = new LoadPlan(Count: 40, Rate: 1000, Concurrency: 3, TimeLimit: TimeSpan.FromSeconds(60));

        var result = await Runner.RunAsync(plan, async (index, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            Interlocked.Increment(ref ran[index]);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref inFlight);
            return null;
        }, _ => { }, CancellationToken.None);

        Assert.All(ran, count => Assert.Equal(1, count));
        Assert.InRange(mostInFlight, 1, 3);
        Assert.Equal((LoadStop.Completed, 40, 40, 0, 0, 0), (result.Stop, result.Started, result.Succeeded, result.Failed, result.Unfinished, result.NotStarted));
        Assert.Equal(Enumerable.Range(0, 40), result.Finished.Select(o => o.Index));
    }

    [Fact]
    public async Task Failures_are_counted_by_reason_and_an_exception_by_its_type()
    {
        var plan = new LoadPlan(Count: 10, Rate: 1000, Concurrency: 2, TimeLimit: TimeSpan.FromSeconds(60));

        var result = await Runner.RunAsync(plan, (index, _) => index switch
        {
            < 5 => Task.FromResult<string?>(null),
            < 8 => Task.FromResult<string?>("NotMatched"),
            8 => Task.FromResult<string?>("payment:AlreadyPaid"),
            _ => throw new InvalidOperationException("boom"),
        }, _ => { }, CancellationToken.None);

        Assert.Equal((5, 5), (result.Succeeded, result.Failed));
        Assert.Equal(
            new Dictionary<string, int> { ["NotMatched"] = 3, ["exception:InvalidOperationException"] = 1, ["payment:AlreadyPaid"] = 1 },
            result.FailuresByReason());
    }

    [Fact]
    public async Task The_time_limit_stops_the_run_abandoning_what_is_in_flight_and_starting_nothing_more()
    {
        var plan = new LoadPlan(Count: 1000, Rate: 50, Concurrency: 2, TimeLimit: TimeSpan.FromSeconds(1));

        // Every operation hangs until cancelled: only the limit can end the run.
        var result = await Runner.RunAsync(plan, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        }, _ => { }, CancellationToken.None);

        Assert.Equal(LoadStop.TimeLimit, result.Stop);
        Assert.Equal(2, result.Started);
        Assert.Equal((2, 998, 0), (result.Unfinished, result.NotStarted, result.Finished.Count));
    }

    [Fact]
    public async Task Progress_reports_every_start_and_finish()
    {
        var reports = new System.Collections.Concurrent.ConcurrentQueue<LoadProgress>();
        var plan = new LoadPlan(Count: 5, Rate: 1000, Concurrency: 1, TimeLimit: TimeSpan.FromSeconds(60));

        await Runner.RunAsync(plan, (i, _) => Task.FromResult(i == 0 ? "x" : null), reports.Enqueue, CancellationToken.None);

        Assert.Equal(10, reports.Count);
        Assert.Contains(reports, p => p is { Started: 5, Succeeded: 4, Failed: 1 });
    }

    [Fact]
    public void The_summary_charges_only_successful_face_pays_in_minor_units()
    {
        var plan = new LoadPlan(4, 10, 2, TimeSpan.FromSeconds(60));
        var result = new LoadResult(plan, LoadStop.Completed, TimeSpan.FromSeconds(2), 4,
        [
            new(0, TimeSpan.FromMilliseconds(100), null),
            new(1, TimeSpan.FromMilliseconds(300), null),
            new(2, TimeSpan.FromMilliseconds(200), null),
            new(3, TimeSpan.FromMilliseconds(50), "NotMatched"),
        ]);
        var scenario = new LoadScenario("face-pay", "m1", "ld1", PaymentChannel.Alipay, Money.Of(123, "CNY"), "alice", Charges: true);

        var summary = LoadSummary.From(scenario, result);

        Assert.Equal(Money.Of(369, "CNY"), summary.Charged);
        Assert.Equal((2.0, 1.5), (summary.ThroughputPerSecond, summary.SucceededPerSecond));
        Assert.Equal((4, 100.0), (summary.LatencyMs.Count, summary.LatencyMs.P50!.Value));
        Assert.Equal((3, 300.0), (summary.SucceededLatencyMs.Count, summary.SucceededLatencyMs.Max!.Value));
        Assert.Equal(new Dictionary<string, int> { ["NotMatched"] = 1 }, summary.Failures);
        Assert.Equal("ld1_00004", scenario.KeyOf(3).OutTradeNo);
        Assert.Null(LoadSummary.From(scenario with { Charges = false }, result).Charged);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
