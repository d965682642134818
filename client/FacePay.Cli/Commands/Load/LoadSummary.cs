using System.Globalization;
using FacePay.Domain;
using Spectre.Console;

namespace FacePay.Cli.Commands.Load;

/// <summary>The end-of-run report of <c>facepay load</c>: counts, failures by reason, throughput and latency percentiles.</summary>
/// <param name="Scenario"><c>orders</c> or <c>face-pay</c>.</param>
/// <param name="MerchantId">The merchant the orders belong to.</param>
/// <param name="OutTradeNoPrefix">Every order of the run is <c>{prefix}_{n}</c>, n from 00001.</param>
/// <param name="Channel">The channel the orders charge.</param>
/// <param name="Amount">Each order's amount.</param>
/// <param name="Requested">Operations asked for (--count).</param>
/// <param name="Started">Operations started.</param>
/// <param name="Succeeded">Operations that succeeded (face-pay: the order is Paid).</param>
/// <param name="Failed">Operations that finished without success.</param>
/// <param name="Unfinished">Operations abandoned in flight at the time limit (the cluster may still finish them).</param>
/// <param name="NotStarted">Operations the time limit kept from starting.</param>
/// <param name="Failures">Failed operations by reason.</param>
/// <param name="StoppedBy">Why the run ended.</param>
/// <param name="ElapsedSeconds">From the first start to the last finish.</param>
/// <param name="ThroughputPerSecond">Finished operations per second.</param>
/// <param name="SucceededPerSecond">Successful operations per second.</param>
/// <param name="TargetRate">Starts per second asked for.</param>
/// <param name="Concurrency">Operations in flight at most.</param>
/// <param name="TimeLimitSeconds">The run's limit.</param>
/// <param name="LatencyMs">Latency of every finished operation.</param>
/// <param name="SucceededLatencyMs">Latency of the successful ones.</param>
/// <param name="Charged">What the successful face-pays charged in total (null for orders).</param>
public sealed record LoadSummary(
    string Scenario,
    string MerchantId,
    string OutTradeNoPrefix,
    PaymentChannel Channel,
    Money Amount,
    int Requested,
    int Started,
    int Succeeded,
    int Failed,
    int Unfinished,
    int NotStarted,
    IReadOnlyDictionary<string, int> Failures,
    LoadStop StoppedBy,
    double ElapsedSeconds,
    double ThroughputPerSecond,
    double SucceededPerSecond,
    double TargetRate,
    int Concurrency,
    double TimeLimitSeconds,
    LatencySummary LatencyMs,
    LatencySummary SucceededLatencyMs,
    Money? Charged)
{
    /// <summary>Summarises a run.</summary>
    public static LoadSummary From(LoadScenario scenario, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 0.001);
        return new LoadSummary(
            scenario.Name,
            scenario.MerchantId,
            scenario.OutTradeNoPrefix,
            scenario.Channel,
            scenario.Amount,
            result.Plan.Count,
            result.Started,
            result.Succeeded,
            result.Failed,
            result.Unfinished,
            result.NotStarted,
            result.FailuresByReason(),
            result.Stop,
            Math.Round(result.Elapsed.TotalSeconds, 3),
            Math.Round(result.Finished.Count / seconds, 2),
            Math.Round(result.Succeeded / seconds, 2),
            result.Plan.Rate,
            result.Plan.Concurrency,
            result.Plan.TimeLimit.TotalSeconds,
            LatencySummary.From(result.Finished.Select(o => o.Latency)),
            LatencySummary.From(result.Finished.Where(o => o.Failure is null).Select(o => o.Latency)),
            scenario.Charges ? new Money(checked(scenario.Amount.MinorUnits * result.Succeeded), scenario.Amount.Currency) : null);
    }

    /// <summary>Writes the summary as tables.</summary>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var counts = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"load {Scenario}: {MerchantId}/{OutTradeNoPrefix}_*"))
            .AddColumn("").AddColumn(new TableColumn("").RightAligned());
        counts.AddRow("requested", Number(Requested));
        counts.AddRow("started", Number(Started));
        counts.AddRow("[green]succeeded[/]", Number(Succeeded));
        counts.AddRow(Failed > 0 ? "[red]failed[/]" : "failed", Number(Failed));
        if (Unfinished > 0 || NotStarted > 0)
        {
            counts.AddRow("[yellow]unfinished at the limit[/]", Number(Unfinished));
            counts.AddRow("[yellow]not started[/]", Number(NotStarted));
        }

        counts.AddRow("stopped by", StoppedBy.ToString());
        counts.AddRow("elapsed", Invariant($"{ElapsedSeconds:0.00} s"));
        counts.AddRow("throughput", Invariant($"{ThroughputPerSecond:0.00}/s finished, {SucceededPerSecond:0.00}/s succeeded (target {TargetRate:0.##}/s, {Concurrency} in flight)"));
        if (Charged is { } charged)
        {
            counts.AddRow("charged", Markup.Escape(Output.MoneyText.Format(charged)));
        }

        console.Write(counts);
        var latency = new Table().Border(TableBorder.Rounded).Title("latency (ms)").AddColumn("operations")
            .AddColumn(new TableColumn("count").RightAligned()).AddColumn(new TableColumn("p50").RightAligned()).AddColumn(new TableColumn("p90").RightAligned())
            .AddColumn(new TableColumn("p99").RightAligned()).AddColumn(new TableColumn("max").RightAligned()).AddColumn(new TableColumn("mean").RightAligned());
        LatencyRow(latency, "all finished", LatencyMs);
        LatencyRow(latency, "succeeded", SucceededLatencyMs);
        console.Write(latency);
        if (Failures.Count > 0)
        {
            var failures = new Table().Border(TableBorder.Rounded).Title("failures").AddColumn("reason").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (reason, count) in Failures)
            {
                failures.AddRow(new Text(reason), new Text(Number(count)));
            }

            console.Write(failures);
        }
    }

    private static void LatencyRow(Table table, string what, LatencySummary summary) =>
        table.AddRow(what, Number(summary.Count), Ms(summary.P50), Ms(summary.P90), Ms(summary.P99), Ms(summary.Max), Ms(summary.Mean));

    private static string Ms(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
