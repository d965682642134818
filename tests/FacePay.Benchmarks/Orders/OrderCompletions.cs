using System.Text.Json;
using FacePay.Sandbox;
using FacePay.Testing.Webhooks;

namespace FacePay.Benchmarks.Orders;

/// <summary>
/// When each order became complete, taken from the timestamps the parties recorded as it happened: the pay call's
/// return (driver), the channel notification's acknowledgement (sandbox log), and the arrival of the order's
/// <c>payment.succeeded</c> webhook (merchant receiver). An order is complete at the latest of the three.
/// </summary>
public sealed class OrderCompletions
{
    private readonly Dictionary<string, DateTimeOffset> _notified;
    private readonly Dictionary<string, DateTimeOffset> _paidWebhook;

    private OrderCompletions(Dictionary<string, DateTimeOffset> notified, Dictionary<string, DateTimeOffset> paidWebhook, int duplicates, int deliveries)
    {
        _notified = notified;
        _paidWebhook = paidWebhook;
        DuplicateWebhookDeliveries = duplicates;
        WebhookDeliveries = deliveries;
    }

    /// <summary>2xx webhook deliveries of an event id already delivered (must be 0).</summary>
    public int DuplicateWebhookDeliveries { get; }

    /// <summary>Orders whose channel notification was acknowledged.</summary>
    public int Notified => _notified.Count;

    /// <summary>Orders whose payment.succeeded webhook arrived.</summary>
    public int PaymentWebhooks => _paidWebhook.Count;

    /// <summary>All 2xx webhook deliveries (order.created and payment.succeeded).</summary>
    public int WebhookDeliveries { get; }

    /// <summary>Reads what the sandbox and the receiver recorded so far.</summary>
    public static OrderCompletions Collect(SandboxHost sandbox, WebhookReceiver webhooks)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(webhooks);
        var notified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var attempt in sandbox.Notifications.All().Where(a => a.Acknowledged))
        {
            // The channel's out_trade_no is "{outTradeNo}_{attempt}".
            var outTradeNo = attempt.OutTradeNo[..attempt.OutTradeNo.LastIndexOf('_')];
            if (!notified.TryGetValue(outTradeNo, out var at) || attempt.At < at)
            {
                notified[outTradeNo] = attempt.At;
            }
        }

        var paid = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int duplicates = 0, deliveries = 0;
        foreach (var webhook in webhooks.Accepted)
        {
            deliveries++;
            if (!seen.Add(webhook.EventId ?? string.Empty))
            {
                duplicates++;
            }

            if (webhook.EventType != "payment.succeeded")
            {
                continue;
            }

            using var body = JsonDocument.Parse(webhook.Body);
            var outTradeNo = body.RootElement.GetProperty("data").GetProperty("out_trade_no").GetString()!;
            if (!paid.TryGetValue(outTradeNo, out var at) || webhook.ReceivedAt < at)
            {
                paid[outTradeNo] = webhook.ReceivedAt;
            }
        }

        return new OrderCompletions(notified, paid, duplicates, deliveries);
    }

    /// <summary>How long after the pay call returned the notification was acknowledged and the payment webhook arrived.</summary>
    public (TimeSpan? Notification, TimeSpan? Webhook) LagsAfterPay(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.PayReturnedAt is not { } returned)
        {
            return (null, null);
        }

        return (
            _notified.TryGetValue(order.OutTradeNo, out var notified) ? notified - returned : null,
            _paidWebhook.TryGetValue(order.OutTradeNo, out var webhook) ? webhook - returned : null);
    }

    /// <summary>When the order was complete, or null while a part is missing.</summary>
    public DateTimeOffset? CompletedAt(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.Paid || order.PayReturnedAt is not { } returned
            || !_notified.TryGetValue(order.OutTradeNo, out var notified)
            || !_paidWebhook.TryGetValue(order.OutTradeNo, out var webhook))
        {
            return null;
        }

        var latest = returned > notified ? returned : notified;
        return latest > webhook ? latest : webhook;
    }
}
