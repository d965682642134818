using FacePay.Sandbox.Faults;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests.Scenarios;

/// <summary>
/// Scenario 3: the sandbox sends every notification ten times; half of them are held back until the trade's next
/// notification went out (a refund's overtakes its payment's); a quarter first arrive with a wrong amount (validly
/// signed) and a quarter with a broken signature, the genuine one following on the channel's resend schedule. So that
/// notifications decide outcomes, three in ten pay answers are lost after the charge was made and half of the
/// queries fail.
/// </summary>
[Collection(ChaosCluster.CollectionName)]
public sealed class NotificationStormTests(ChaosCluster cluster, ITestOutputHelper output)
{
    private static readonly FaultRule[] Storm =
    [
        new() { Kind = FaultKind.DuplicateNotification, Copies = 10 },
        new() { Kind = FaultKind.OutOfOrderNotification, Probability = 0.5, DelayMs = 3000 },
        new() { Kind = FaultKind.WrongAmountNotification, Probability = 0.25, AmountDeltaFen = 1 },
        new() { Kind = FaultKind.BadSignatureNotification, Probability = 0.25 },
        new() { Kind = FaultKind.SystemError, Operation = SandboxOperation.Pay, ApplyOperation = true, Probability = 0.3 },
        new() { Kind = FaultKind.HttpError, Operation = SandboxOperation.Query, StatusCode = 503, Probability = 0.5 },
    ];

    [Fact]
    public async Task Duplicated_reordered_and_forged_notifications_change_each_order_once()
    {
        var report = await new ChaosScenario(cluster, output).RunAsync("notification storm", "notify", Storm);

        Assert.True(report.Violations.Count == 0, report.ToString());
    }
}
