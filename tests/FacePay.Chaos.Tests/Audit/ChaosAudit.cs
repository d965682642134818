using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FacePay.Chaos.Tests.Sandbox;
using FacePay.Chaos.Tests.Workload;
using FacePay.MerchantApi.Models;
using FacePay.Sandbox;
using FacePay.Sandbox.Notifications;
using FacePay.Sandbox.Trades;

namespace FacePay.Chaos.Tests.Audit;

/// <summary>
/// Ends a scenario: lets the cluster settle (bounded), then checks what users rely on, from the outside only (the
/// Merchant API, the sandbox's books, the webhooks received):
/// <list type="number">
/// <item>every order is in exactly one final state (Paid, PartiallyRefunded, Refunded, Failed, Closed) with no refund
/// pending, and that state agrees with the channel: a paid order holds exactly one standing charge at the channel, on
/// the trade it names, of its amount, refunded as much as the order says; an unpaid one holds none;</item>
/// <item>no order is charged twice: at most one of its attempts' trades keeps the payer's money;</item>
/// <item>our paid and refunded totals equal the sandbox's, per channel;</item>
/// <item>no webhook event is delivered as two different payloads, every event the order's history promises was
/// delivered, every delivery is signed, and no order is announced paid that is not;</item>
/// <item>every channel notification was acknowledged in the end, and none that was tampered with (wrong amount, bad
/// signature) ever was.</item>
/// </list>
/// </summary>
public sealed class ChaosAudit(ChaosCluster cluster)
{
    private static readonly string[] PaidStates = ["Paid", "PartiallyRefunded", "Refunded"];
    private static readonly string[] FinalStates = [.. PaidStates, "Failed", "Closed"];

    // Webhooks and notification acknowledgements follow the last order change within seconds (retries compressed).
    private static readonly TimeSpan DeliveryBound = TimeSpan.FromSeconds(45);

    /// <summary>Settles and audits the orders of one scenario (numbers <c>{prefix}_NNNN</c>).</summary>
    public async Task<AuditReport> RunAsync(string scenario, string prefix, IReadOnlyList<PlacedOrder> placed, TimeSpan settleBound)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var report = new AuditReport { Scenario = scenario };
        using var http = cluster.SignedClient();

        var clock = Stopwatch.StartNew();
        var orders = await SettleAsync(http, placed, settleBound);
        report.Fact($"settled in {clock.Elapsed.TotalSeconds:F1} s (bound {settleBound.TotalSeconds:F0} s)");
        CheckFinalStates(report, placed, orders);

        var histories = await ReadHistoriesAsync(http, report, placed, orders);
        var expected = histories.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)[.. ExpectedWebhooks.Of(cluster.Merchant.Id, h.Key, h.Value)]);
        DescribeHistories(report, placed, histories);
        var webhooks = await WaitForWebhooksAsync(expected);
        var trades = await cluster.SandboxControl.GetTradesAsync();
        var ours = OurTrades(report, prefix, placed, trades);
        CheckCharges(report, placed, orders, ours, trades);
        CheckTotals(report, placed, orders, ours);
        CheckWebhooks(report, orders, expected, webhooks, cluster.Webhooks.AllSignaturesValid(cluster.WebhookSecret));
        CheckNotifications(report, await WaitForNotificationsAsync([.. ours.SelectMany(o => o.Value).Select(t => (t.Channel, t.OutTradeNo))]));
        report.Fact($"audit took {clock.Elapsed.TotalSeconds:F1} s");
        return report;
    }

    // Polls every unfinished order until all are final or the bound passes; reading an order activates its grain,
    // as a merchant's status poll does.
    private static async Task<Dictionary<string, OrderResponse?>> SettleAsync(HttpClient http, IReadOnlyList<PlacedOrder> placed, TimeSpan bound)
    {
        var latest = placed.ToDictionary(o => o.OutTradeNo, _ => (OrderResponse?)null);
        var pending = placed.Select(o => o.OutTradeNo).ToHashSet();
        var deadline = DateTime.UtcNow + bound;
        using var gate = new SemaphoreSlim(8);
        while (pending.Count > 0)
        {
            var reads = await Task.WhenAll(pending.Select(async no =>
            {
                await gate.WaitAsync();
                try
                {
                    return (no, Found: await TryReadAsync(http, no));
                }
                finally
                {
                    gate.Release();
                }
            }));
            foreach (var (no, found) in reads)
            {
                if (found.Read)
                {
                    latest[no] = found.Order;
                    if (found.Order is null || IsFinal(found.Order))
                    {
                        pending.Remove(no);
                    }
                }
            }

            if (pending.Count == 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(1000);
        }

        return latest;
    }

    private static async Task<(bool Read, OrderResponse? Order)> TryReadAsync(HttpClient http, string outTradeNo)
    {
        try
        {
            using var response = await http.GetAsync($"/v1/orders/{outTradeNo}");
            return response.StatusCode switch
            {
                HttpStatusCode.OK => (true, await response.Content.ReadFromJsonAsync<OrderResponse>(JsonSerializerOptions.Web)),
                HttpStatusCode.NotFound => (true, null),
                _ => (false, null),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, null);
        }
    }

    private static bool IsFinal(OrderResponse order) => FinalStates.Contains(order.State) && order.Refunds.All(r => r.Status != "Pending");

    private static bool IsPaid(OrderResponse order) => PaidStates.Contains(order.State);

    internal static void CheckFinalStates(AuditReport report, IReadOnlyList<PlacedOrder> placed, Dictionary<string, OrderResponse?> orders)
    {
        var found = orders.Values.OfType<OrderResponse>().ToList();
        report.Fact($"{placed.Count} orders placed, {found.Count} exist: " + string.Join(", ", found.GroupBy(o => o.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
        report.Fact($"face-pay requests: {placed.Sum(o => o.FacePayRequests)} (orders needing more than one: {placed.Count(o => o.FacePayRequests > 1)})");
        foreach (var order in placed)
        {
            if (orders[order.OutTradeNo] is not { } current)
            {
                // Never created (the shopper gave up creating it): nothing may have been charged; checked with the trades.
                continue;
            }

            if (!IsFinal(current))
            {
                var pendingRefunds = string.Join(",", current.Refunds.Where(r => r.Status == "Pending").Select(r => r.OutRefundNo));
                Violate(report, order, $"not settled: {current.State}{(pendingRefunds.Length > 0 ? $" with refund(s) {pendingRefunds} pending" : string.Empty)}");
            }

            if (current.Amount != order.Amount || current.Channel != order.Channel)
            {
                Violate(report, order, $"the order reads {current.Amount} fen on {current.Channel}; it was created as {order.Amount} fen on {order.Channel}");
            }
        }
    }

    private static async Task<Dictionary<string, IReadOnlyList<OrderHistoryResponse>>> ReadHistoriesAsync(
        HttpClient http, AuditReport report, IReadOnlyList<PlacedOrder> placed, Dictionary<string, OrderResponse?> orders)
    {
        var histories = new Dictionary<string, IReadOnlyList<OrderHistoryResponse>>(StringComparer.Ordinal);
        foreach (var order in placed.Where(o => orders[o.OutTradeNo] is not null))
        {
            if (await ReadHistoryAsync(http, order.OutTradeNo) is { } history)
            {
                histories[order.OutTradeNo] = history;
            }
            else
            {
                Violate(report, order, "its history could not be read");
            }
        }

        return histories;
    }

    // How the chaos showed: who confirmed the charges, how many outcomes were unknown, how long the shoppers took.
    private static void DescribeHistories(AuditReport report, IReadOnlyList<PlacedOrder> placed, Dictionary<string, IReadOnlyList<OrderHistoryResponse>> histories)
    {
        var changes = histories.Values.SelectMany(h => h).ToList();
        var confirmations = changes.Where(c => c.Kind == "PaymentSucceeded").GroupBy(c => c.Source).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} by {g.Key}");
        report.Fact($"charges confirmed: {string.Join(", ", confirmations)}; outcomes unknown at first: {changes.Count(c => c.Kind == "PaymentOutcomeUnknown")}; attempts failed: {changes.Count(c => c.Kind == "PaymentFailed")}");
        var times = placed.Where(o => o.ShopperTime is not null).Select(o => (o.OutTradeNo, Seconds: o.ShopperTime!.Value.TotalSeconds)).OrderBy(t => t.Seconds).ToList();
        if (times.Count > 0)
        {
            report.Fact(string.Create(CultureInfo.InvariantCulture, $"shopper time per order: median {times[times.Count / 2].Seconds:F1} s, longest {times[^1].Seconds:F1} s ({times[^1].OutTradeNo})"));
        }
    }

    private static async Task<IReadOnlyList<OrderHistoryResponse>?> ReadHistoryAsync(HttpClient http, string outTradeNo)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                using var response = await http.GetAsync($"/v1/orders/{outTradeNo}/history");
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadFromJsonAsync<List<OrderHistoryResponse>>(JsonSerializerOptions.Web);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Asked again below.
            }

            await Task.Delay(500);
        }

        return null;
    }

    private async Task<IReadOnlyList<FacePay.Testing.Webhooks.ReceivedWebhook>> WaitForWebhooksAsync(Dictionary<string, IReadOnlyList<string>> expected)
    {
        var wanted = expected.Values.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + DeliveryBound;
        while (true)
        {
            var received = cluster.Webhooks.Received;
            var delivered = received.Where(w => w.Answer is >= 200 and < 300).Select(w => w.EventId).ToHashSet(StringComparer.Ordinal);
            if (wanted.All(delivered.Contains) || DateTime.UtcNow > deadline)
            {
                // A little longer, so that redeliveries racing the last first delivery are seen too.
                await Task.Delay(1000);
                return cluster.Webhooks.Received;
            }

            await Task.Delay(250);
        }
    }

    internal static Dictionary<string, List<SandboxTradeSnapshot>> OurTrades(AuditReport report, string prefix, IReadOnlyList<PlacedOrder> placed, SandboxTrades trades)
    {
        var byOrder = placed.ToDictionary(o => o.OutTradeNo, _ => new List<SandboxTradeSnapshot>(), StringComparer.Ordinal);
        foreach (var trade in trades.Trades)
        {
            var underscore = trade.OutTradeNo.LastIndexOf('_');
            var orderNo = underscore > 0 ? trade.OutTradeNo[..underscore] : trade.OutTradeNo;
            if (byOrder.TryGetValue(orderNo, out var list))
            {
                list.Add(trade);
            }
            else if (trade.OutTradeNo.StartsWith(prefix + "_", StringComparison.Ordinal))
            {
                report.Violation($"the sandbox holds trade {trade.Channel}/{trade.OutTradeNo} ({trade.Status}, paid {trade.PaidFen}) that belongs to no order of this scenario");
            }
        }

        return byOrder;
    }

    // What a trade keeps of the payer's money: the charge less a reversal (cancel of a paid trade); refunds are separate.
    private static long Reversal(SandboxTradeSnapshot trade) => trade.RefundedFen - trade.RefundsFen;

    private static bool Stands(SandboxTradeSnapshot trade) => trade.PaidFen - Reversal(trade) > 0;

    internal static void CheckCharges(
        AuditReport report,
        IReadOnlyList<PlacedOrder> placed,
        Dictionary<string, OrderResponse?> orders,
        Dictionary<string, List<SandboxTradeSnapshot>> ours,
        SandboxTrades trades)
    {
        var payCalls = trades.PayCalls.Where(p => ours.Values.Any(list => list.Exists(t => t.Channel == p.Channel && t.OutTradeNo == p.OutTradeNo))).ToList();
        var all = ours.Values.SelectMany(t => t).ToList();
        report.Fact(
            $"sandbox: {all.Count} trades, {payCalls.Sum(p => p.Count)} pay calls (most for one out_trade_no: {(payCalls.Count == 0 ? 0 : payCalls.Max(p => p.Count))}), " +
            $"{all.Count(t => t.PaidFen > 0 && !Stands(t))} charges reversed, {ours.Count(o => o.Value.Count > 1)} orders with more than one attempt at the channel");
        foreach (var order in placed)
        {
            var standing = ours[order.OutTradeNo].Where(Stands).ToList();
            if (standing.Count > 1)
            {
                Violate(report, order, $"charged {standing.Count} times: {string.Join(", ", standing.Select(t => $"{t.OutTradeNo} {t.PaidFen - Reversal(t)} fen"))}");
            }

            var current = orders[order.OutTradeNo];
            if (current is null || !IsPaid(current))
            {
                if (standing.Count > 0)
                {
                    Violate(report, order, $"is {current?.State ?? "unknown to the cluster"} but the channel keeps {standing.Sum(t => t.PaidFen - Reversal(t))} fen of the payer's money ({string.Join(", ", standing.Select(t => t.OutTradeNo))})");
                }

                continue;
            }

            if (standing.Count == 0)
            {
                Violate(report, order, $"is {current.State} but the channel holds no charge for it");
                continue;
            }

            var charge = standing[0];
            if (charge.TradeNo != current.ChannelTradeNo)
            {
                Violate(report, order, $"names channel trade {current.ChannelTradeNo} but the standing charge is {charge.TradeNo} ({charge.OutTradeNo})");
            }

            if (charge.AmountFen != current.Amount || charge.PaidFen != current.Amount)
            {
                Violate(report, order, $"is {current.Amount} fen but the channel charged {charge.PaidFen} fen");
            }

            if (charge.RefundsFen != current.Refunded)
            {
                Violate(report, order, $"says {current.Refunded} fen refunded; the channel refunded {charge.RefundsFen} fen");
            }
        }
    }

    internal static void CheckTotals(AuditReport report, IReadOnlyList<PlacedOrder> placed, Dictionary<string, OrderResponse?> orders, Dictionary<string, List<SandboxTradeSnapshot>> ours)
    {
        foreach (var (channel, sandboxChannel) in new[] { ("alipay", SandboxChannel.Alipay), ("wechatpay", SandboxChannel.WechatPay) })
        {
            var mine = placed.Select(o => orders[o.OutTradeNo]).OfType<OrderResponse>().Where(o => o.Channel == channel && IsPaid(o)).ToList();
            var paid = mine.Sum(o => o.Amount);
            var refunded = mine.Sum(o => o.Refunded);
            var theirs = ours.Values.SelectMany(t => t).Where(t => t.Channel == sandboxChannel).ToList();
            var kept = theirs.Sum(t => t.PaidFen - Reversal(t));
            var theirRefunds = theirs.Sum(t => t.RefundsFen);
            report.Fact(string.Create(
                CultureInfo.InvariantCulture,
                $"{channel}: ours paid {paid} refunded {refunded}; sandbox charged {theirs.Sum(t => t.PaidFen)} reversed {theirs.Sum(Reversal)} (kept {kept}) refunded {theirRefunds}"));
            if (paid != kept)
            {
                report.Violation($"{channel}: we hold {paid} fen paid, the sandbox kept {kept} fen");
            }

            if (refunded != theirRefunds)
            {
                report.Violation($"{channel}: we hold {refunded} fen refunded, the sandbox refunded {theirRefunds} fen");
            }
        }
    }

    internal static void CheckWebhooks(
        AuditReport report,
        Dictionary<string, OrderResponse?> orders,
        Dictionary<string, IReadOnlyList<string>> expected,
        IReadOnlyList<FacePay.Testing.Webhooks.ReceivedWebhook> received,
        bool signaturesValid)
    {
        var mine = received.Where(w => w.EventId is { } id && expected.ContainsKey(OrderOf(id))).ToList();
        var groups = mine.GroupBy(w => w.EventId!, StringComparer.Ordinal).ToList();
        report.Fact($"webhooks: {mine.Count} requests for {groups.Count} events ({groups.Count(g => g.Count() > 1)} sent more than once, {mine.Count(w => w.Answer >= 300)} refused by the receiver)");
        foreach (var group in groups)
        {
            var bodies = group.Select(w => Convert.ToHexString(w.Body)).Distinct(StringComparer.Ordinal).Count();
            if (bodies > 1)
            {
                report.Violation($"webhook {group.Key} delivered as {bodies} different payloads");
            }

            using var body = JsonDocument.Parse(group.First().Body);
            if (body.RootElement.GetProperty("id").GetString() != group.Key)
            {
                report.Violation($"webhook {group.Key} carries the body of {body.RootElement.GetProperty("id").GetString()}");
            }

            if (group.Key.EndsWith("/payment-succeeded", StringComparison.Ordinal) && orders.GetValueOrDefault(OrderOf(group.Key)) is { } order && !IsPaid(order))
            {
                report.Violation($"webhook {group.Key} told the merchant the order was paid; it is {order.State}");
            }
        }

        var delivered = mine.Where(w => w.Answer is >= 200 and < 300).Select(w => w.EventId!).ToHashSet(StringComparer.Ordinal);
        foreach (var (outTradeNo, ids) in expected)
        {
            foreach (var id in ids.Where(id => !delivered.Contains(id)))
            {
                report.Violation($"{outTradeNo}: event {id} was never delivered ({(received.Any(w => w.EventId == id) ? "only refused attempts" : "no attempt")})");
            }
        }

        if (!signaturesValid)
        {
            report.Violation("a webhook arrived without a valid signature");
        }
    }

    private static string OrderOf(string eventId) => eventId.Split('/') is { Length: >= 2 } parts ? parts[1] : eventId;

    private async Task<IReadOnlyList<NotificationAttempt>> WaitForNotificationsAsync(HashSet<(SandboxChannel, string)> trades)
    {
        var deadline = DateTime.UtcNow + DeliveryBound;
        while (true)
        {
            var attempts = (await cluster.SandboxControl.GetNotificationsAsync()).Where(a => trades.Contains((a.Channel, a.OutTradeNo))).ToList();
            var unacknowledged = attempts.GroupBy(a => a.NotificationId).Count(g => !g.Any(a => a.Acknowledged));
            if (unacknowledged == 0 || DateTime.UtcNow > deadline)
            {
                return attempts;
            }

            await Task.Delay(500);
        }
    }

    internal static void CheckNotifications(AuditReport report, IReadOnlyList<NotificationAttempt> attempts)
    {
        var notifications = attempts.GroupBy(a => a.NotificationId).ToList();
        report.Fact($"channel notifications: {notifications.Count} sent in {attempts.Count} attempts ({attempts.Count(a => a.Copy > 0)} duplicate copies, {attempts.Count(a => a.Tampered)} tampered, {attempts.Count(a => a.Acknowledged)} acknowledged)");
        foreach (var tampered in attempts.Where(a => a.Tampered && a.Acknowledged))
        {
            report.Violation($"a tampered notification (wrong amount or bad signature) of {tampered.Channel}/{tampered.OutTradeNo} was acknowledged");
        }

        foreach (var unanswered in notifications.Where(g => !g.Any(a => a.Acknowledged)))
        {
            var last = unanswered.OrderBy(a => a.At).Last();
            report.Violation($"notification {last.EventType} of {last.Channel}/{last.OutTradeNo} was never acknowledged ({unanswered.Count()} attempts, last answer {last.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? last.Error})");
        }
    }

    private static void Violate(AuditReport report, PlacedOrder order, string text) =>
        report.Violation($"{order.OutTradeNo} ({order.Channel}, {order.Amount} fen): {text}\n      journal: {string.Join(" | ", order.Journal.TakeLast(10))}");
}
