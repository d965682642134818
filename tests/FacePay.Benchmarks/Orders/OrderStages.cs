using FacePay.Benchmarks.Measurement;

namespace FacePay.Benchmarks.Orders;

/// <summary>Where one load run's time went, per order.</summary>
/// <param name="CreateAndPay">Create start to pay return.</param>
/// <param name="NotificationAfterPay">Pay return to the channel notification's acknowledgement.</param>
/// <param name="WebhookAfterPay">Pay return to the payment webhook's arrival at the merchant (fan-out latency).</param>
public sealed record OrderStages(LatencySummary CreateAndPay, LatencySummary NotificationAfterPay, LatencySummary WebhookAfterPay)
{
    public static OrderStages Of(IReadOnlyCollection<OrderRecord> orders, OrderCompletions completions)
    {
        var lags = orders.Select(completions.LagsAfterPay).ToArray();
        return new OrderStages(
            LatencySummary.Of(orders.Where(o => o.PayReturnedAt is not null).Select(o => o.PayReturnedAt!.Value - o.CreateStartedAt)),
            LatencySummary.Of(lags.Where(l => l.Notification is not null).Select(l => l.Notification!.Value)),
            LatencySummary.Of(lags.Where(l => l.Webhook is not null).Select(l => l.Webhook!.Value)));
    }

    public override string ToString() =>
        $"create+pay p50 {CreateAndPay.P50Ms:N1} ms p99 {CreateAndPay.P99Ms:N1}; after pay: notification p50 {NotificationAfterPay.P50Ms:N1} ms p99 {NotificationAfterPay.P99Ms:N1}, webhook p50 {WebhookAfterPay.P50Ms:N1} ms p99 {WebhookAfterPay.P99Ms:N1}";
}
