using System.Diagnostics;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests.Scenarios;

/// <summary>
/// Scenario 2: PostgreSQL — membership, grain state, reminders and the payment stream's queue — goes away while
/// payments are in flight: first a clean restart (<c>pg_ctl stop -m fast</c>, down two seconds, start), then a kill
/// (<c>-m immediate</c>: no shutdown checkpoint, crash recovery on start). The full profile repeats the pair.
/// </summary>
[Collection(ChaosCluster.CollectionName)]
public sealed class PostgresRestartTests(ChaosCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task PostgreSQL_restarted_and_killed_mid_payment_leaves_every_order_settled_once()
    {
        var scenario = new ChaosScenario(cluster, output);
        var profile = scenario.Profile;
        var outages = 2 * profile.Disruptions;
        var report = await scenario.RunAsync("PostgreSQL restart and kill", "pg", ChaosScenario.SlowCharges, async workload =>
        {
            for (var i = 0; i < outages; i++)
            {
                await workload.WhenFinishedAsync((i + 1) * profile.OrdersPerScenario / (outages + 2), profile.WorkloadBound);
                var kill = i % 2 == 1;
                var clock = Stopwatch.StartNew();
                if (kill)
                {
                    await cluster.Postgres.KillAsync();
                }
                else
                {
                    await cluster.Postgres.StopAsync();
                }

                scenario.Log($"PostgreSQL {(kill ? "killed (-m immediate)" : "stopped (-m fast)")} with {workload.FacePaysInFlight} face-pay(s) in flight, {workload.Finished} orders done");
                await Task.Delay(Down);
                await cluster.Postgres.StartAsync();
                scenario.Log($"PostgreSQL back after {clock.Elapsed.TotalSeconds:F1} s");
            }
        });

        Assert.True(report.Violations.Count == 0, report.ToString());
    }
}
