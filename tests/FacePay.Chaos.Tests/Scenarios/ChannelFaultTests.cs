using FacePay.Sandbox.Faults;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests.Scenarios;

/// <summary>
/// Scenario 4: the channels misbehave on every operation (pay, query, cancel, refund, refund query): 20 % of calls
/// are delayed by 800 ms, and another 20 % fail — half with a 5xx from a "proxy", half by timing out (held past the
/// silos' 3 s channel timeout) — and in half of those failures the operation took effect before the answer was lost.
/// </summary>
[Collection(ChaosCluster.CollectionName)]
public sealed class ChannelFaultTests(ChaosCluster cluster, ITestOutputHelper output)
{
    private static readonly FaultRule[] Faults =
    [
        new() { Kind = FaultKind.Latency, DelayMs = 800, Probability = 0.2 },
        new() { Kind = FaultKind.HttpError, StatusCode = 502, Probability = 0.05 },
        new() { Kind = FaultKind.HttpError, StatusCode = 503, ApplyOperation = true, Probability = 0.05 },
        new() { Kind = FaultKind.Timeout, DelayMs = 4000, Probability = 0.05 },
        new() { Kind = FaultKind.Timeout, DelayMs = 4000, ApplyOperation = true, Probability = 0.05 },
    ];

    [Fact]
    public async Task Channel_latency_5xx_and_timeouts_on_a_fifth_of_calls_leave_every_order_settled_once()
    {
        var report = await new ChaosScenario(cluster, output).RunAsync("channel faults", "faults", Faults);

        Assert.True(report.Violations.Count == 0, report.ToString());
    }
}
