using System.Diagnostics;
using FacePay.Chaos.Tests.Audit;
using FacePay.Chaos.Tests.Workload;
using FacePay.Sandbox.Faults;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests;

/// <summary>
/// Runs one scenario on the shared cluster: installs its sandbox faults, starts the shoppers, runs the disruption
/// beside them, waits for the shoppers, audits (faults still in force: the chaos does not stop for the audit), and
/// writes the report to the test log (with the processes' last output when something is wrong).
/// </summary>
public sealed class ChaosScenario(ChaosCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Every charge takes a second at the channel, so a disruption (silo kill, database outage) lands between an
    /// attempt being written and its answer.
    /// </summary>
    public static IReadOnlyList<FaultRule> SlowCharges { get; } = [new() { Kind = FaultKind.Latency, Operation = SandboxOperation.Pay, DelayMs = 1000 }];

    /// <summary>The profile in force.</summary>
    public ChaosProfile Profile => cluster.Profile;

    /// <summary>Writes a timestamped line to the test log.</summary>
    public void Log(string line) => output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] {line}");

    /// <summary>Runs the scenario and returns the audit; the caller asserts it is clean.</summary>
    /// <param name="name">The scenario's name in the report.</param>
    /// <param name="prefix">Its order numbers' prefix (<c>{prefix}_NNNN</c>).</param>
    /// <param name="faults">Sandbox fault rules in force during the scenario.</param>
    /// <param name="disrupt">What happens to the cluster while the shoppers pay (null: nothing beyond the faults).</param>
    public async Task<AuditReport> RunAsync(string name, string prefix, IReadOnlyList<FaultRule> faults, Func<ShopperWorkload, Task>? disrupt = null)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var clock = Stopwatch.StartNew();
        await cluster.SandboxControl.ClearFaultsAsync();
        await cluster.Cluster.WaitReadyAsync(ReadyTimeout);
        Log($"{name}: profile {Profile.Name}, {Profile.OrdersPerScenario} orders, {Profile.Concurrency} shoppers, {Profile.SiloCount} silos, {faults.Count} fault rule(s)");
        foreach (var fault in faults)
        {
            await cluster.SandboxControl.AddFaultAsync(fault);
        }

        AuditReport report;
        var workload = new ShopperWorkload(cluster, prefix, Profile.OrdersPerScenario);
        try
        {
            var shopping = workload.RunAsync(Profile.Concurrency, Profile.WorkloadBound);
            try
            {
                if (disrupt is not null)
                {
                    await disrupt(workload);
                }
            }
            finally
            {
                await shopping;
            }

            Log($"{name}: shoppers done after {clock.Elapsed.TotalSeconds:F1} s");
            report = await new ChaosAudit(cluster).RunAsync(name, prefix, workload.Orders, Profile.SettleBound);
        }
        finally
        {
            await cluster.SandboxControl.ClearFaultsAsync();
        }

        report.Fact($"scenario took {clock.Elapsed.TotalSeconds:F1} s in all");
        output.WriteLine(report.ToString());
        if (report.Violations.Count > 0)
        {
            output.WriteLine($"every process's whole output: {cluster.SaveProcessOutputs(prefix)}");
            output.WriteLine(cluster.ProcessOutputTail());
        }

        return report;
    }
}
