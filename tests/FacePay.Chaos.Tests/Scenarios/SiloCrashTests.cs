using System.Diagnostics;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests.Scenarios;

/// <summary>
/// Scenario 1: a silo is killed with <c>kill -9</c> while face-pays are in flight (grain calls cut mid-turn, charges
/// sent but unanswered, activations and stream deliveries lost), then started again on its ports, as a supervisor
/// would. The short profile does it once; the full one three times, to a different silo each time.
/// </summary>
[Collection(ChaosCluster.CollectionName)]
public sealed class SiloCrashTests(ChaosCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_silo_killed_mid_payment_and_restarted_leaves_every_order_settled_once()
    {
        var scenario = new ChaosScenario(cluster, output);
        var profile = scenario.Profile;
        var report = await scenario.RunAsync("silo kill -9", "kill", ChaosScenario.SlowCharges, async workload =>
        {
            for (var i = 0; i < profile.Disruptions; i++)
            {
                await workload.WhenFinishedAsync((i + 1) * profile.OrdersPerScenario / (profile.Disruptions + 2), profile.WorkloadBound);
                await WhenPaymentsInFlightAsync(workload);
                var silo = (i + 1) % profile.SiloCount;
                var victim = cluster.Cluster.Silos[silo];
                var inFlight = workload.FacePaysInFlight;
                await cluster.Cluster.KillSiloAsync(silo);
                scenario.Log($"killed {victim.Name} (pid {victim.Id}) with {inFlight} face-pay(s) in flight, {workload.Finished} orders done");
                await Task.Delay(Down);
                var clock = Stopwatch.StartNew();
                await cluster.Cluster.RestartSiloAsync(silo);
                scenario.Log($"{cluster.Cluster.Silos[silo].Name} active again after {clock.Elapsed.TotalSeconds:F1} s");
            }
        });

        Assert.True(report.Violations.Count == 0, report.ToString());
    }

    // The kill must land while charges are being made, not between orders.
    private static async Task WhenPaymentsInFlightAsync(Workload.ShopperWorkload workload)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (workload.FacePaysInFlight < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
