using System.Text;
using FacePay.Chaos.Tests.Sandbox;
using FacePay.Chaos.Tests.Workload;
using FacePay.MerchantApi.Models;
using FacePay.Sandbox;
using FacePay.Sandbox.Notifications;
using FacePay.Sandbox.Trades;
using FacePay.Testing.Webhooks;

namespace FacePay.Chaos.Tests.Audit;

/// <summary>
/// The audit's checks on crafted books, no cluster: a consistent run is clean, and each broken promise (a double
/// charge, totals that differ, an unsettled order, a webhook with two payloads, an acknowledged forgery) is reported.
/// </summary>
public sealed class ChaosAuditTests
{
    private const string Prefix = "t";
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChaosMember Member = new("mem_obama", "obama_2.jpg");

    private static readonly PlacedOrder Placed = new("t_0001", "alipay", 1000, Member, [new PlannedRefund("r1", 300)]);

    [Fact]
    public void Consistent_books_are_clean()
    {
        var report = Audit(PaidOrder(), [Trade("t_0001_1", paid: 1000, refunds: 300)]);

        Assert.Empty(report.Violations);
    }

    [Fact]
    public void Two_standing_charges_for_one_order_are_a_double_charge()
    {
        var report = Audit(PaidOrder(), [Trade("t_0001_1", paid: 1000, refunds: 300), Trade("t_0001_2", paid: 1000)]);

        Assert.Contains(report.Violations, v => v.Contains("charged 2 times", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("alipay: we hold 1000 fen paid, the sandbox kept 2000 fen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reversed_second_charge_is_not_a_double_charge()
    {
        // Cancelled after it was paid: the channel gave the money back (refunded without a refund record).
        var reversed = Trade("t_0001_2", paid: 1000) with { RefundedFen = 1000 };

        var report = Audit(PaidOrder(), [Trade("t_0001_1", paid: 1000, refunds: 300), reversed]);

        Assert.Empty(report.Violations);
    }

    [Fact]
    public void Refunded_totals_that_differ_from_the_channel_are_reported()
    {
        var report = Audit(PaidOrder(), [Trade("t_0001_1", paid: 1000, refunds: 0)]);

        Assert.Contains(report.Violations, v => v.Contains("says 300 fen refunded; the channel refunded 0 fen", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("alipay: we hold 300 fen refunded, the sandbox refunded 0 fen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unpaid_order_whose_money_the_channel_kept_is_reported()
    {
        var report = Audit(PaidOrder() with { State = "Failed", Refunded = 0, Refunds = [] }, [Trade("t_0001_1", paid: 1000)]);

        Assert.Contains(report.Violations, v => v.Contains("is Failed but the channel keeps 1000 fen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_still_paying_or_with_a_pending_refund_is_not_settled()
    {
        var report = new AuditReport { Scenario = "crafted" };
        var pending = PaidOrder() with { State = "PartiallyRefunded", Refunds = [Refund("Pending")] };

        ChaosAudit.CheckFinalStates(report, [Placed], new() { ["t_0001"] = pending });

        Assert.Contains(report.Violations, v => v.Contains("not settled: PartiallyRefunded with refund(s) r1 pending", StringComparison.Ordinal));
    }

    [Fact]
    public void One_event_delivered_as_two_payloads_is_reported()
    {
        const string id = "m_chaos/t_0001/v3/payment-succeeded";
        var report = new AuditReport { Scenario = "crafted" };

        ChaosAudit.CheckWebhooks(
            report,
            new() { ["t_0001"] = PaidOrder() },
            new() { ["t_0001"] = [id] },
            [Webhook(id, "{\"amount\":1000}"), Webhook(id, "{\"amount\":1001}")],
            signaturesValid: true);

        Assert.Contains(report.Violations, v => v.Contains($"webhook {id} delivered as 2 different payloads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promised_event_never_delivered_and_a_bad_signature_are_reported()
    {
        var report = new AuditReport { Scenario = "crafted" };

        ChaosAudit.CheckWebhooks(report, new() { ["t_0001"] = PaidOrder() }, new() { ["t_0001"] = ["m_chaos/t_0001/v3/payment-succeeded"] }, [], signaturesValid: false);

        Assert.Contains(report.Violations, v => v.Contains("was never delivered (no attempt)", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Contains("without a valid signature", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acknowledged_tampered_notification_is_reported()
    {
        var report = new AuditReport { Scenario = "crafted" };
        var forged = new NotificationAttempt("n1", SandboxChannel.Alipay, "t_0001_1", "TRADE_SUCCESS", "http://x", 0, 1, 200, Acknowledged: true, null, Tampered: true, At);

        ChaosAudit.CheckNotifications(report, [forged]);

        Assert.Contains(report.Violations, v => v.Contains("tampered notification", StringComparison.Ordinal));
    }

    private static AuditReport Audit(OrderResponse order, IReadOnlyList<SandboxTradeSnapshot> trades)
    {
        var report = new AuditReport { Scenario = "crafted" };
        var orders = new Dictionary<string, OrderResponse?> { [Placed.OutTradeNo] = order };
        var books = new SandboxTrades(trades, [], []);
        var ours = ChaosAudit.OurTrades(report, Prefix, [Placed], books);
        ChaosAudit.CheckCharges(report, [Placed], orders, ours, books);
        ChaosAudit.CheckTotals(report, [Placed], orders, ours);
        return report;
    }

    private static OrderResponse PaidOrder() => new(
        "m_chaos", "t_0001", 1000, "CNY", "10.00", "Chaos latte", "alipay", Member.MemberId, "PartiallyRefunded", 4, At, At, At.AddMinutes(15),
        300, "2026120122001", null, null, [Refund("Succeeded")]);

    private static RefundResponse Refund(string status) => new("r1", 300, "CNY", status, null, At, null, null);

    private static SandboxTradeSnapshot Trade(string outTradeNo, long paid, long refunds = 0) => new(
        SandboxChannel.Alipay,
        outTradeNo,
        outTradeNo == "t_0001_1" ? "2026120122001" : "2026120122002",
        1000,
        "CNY",
        "Chaos latte",
        SandboxTradeStatus.Success,
        "TRADE_SUCCESS",
        paid,
        refunds,
        1,
        0,
        "2088000000000001",
        "fp2088000000000001",
        null,
        At,
        At,
        null,
        refunds > 0 ? [new SandboxRefundSnapshot("t_0001_1_Rr1", "rf1", refunds, null, At, At, null)] : []);

    private static ReceivedWebhook Webhook(string id, string json)
    {
        var body = Encoding.UTF8.GetBytes(json.Insert(1, $"\"id\":\"{id}\","));
        return new ReceivedWebhook(body, "sig", id, "payment.succeeded", id, "application/json", 200, At);
    }
}
