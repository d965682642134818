using System.Collections.Concurrent;
using System.Text.Json;
using FacePay.Testing.Webhooks;

namespace FacePay.Benchmarks.Orders;

/// <summary>Lets a kiosk wait until its order's <c>payment.succeeded</c> webhook reached the merchant receiver.</summary>
public sealed class PaymentWebhookWaits
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new(StringComparer.Ordinal);

    /// <summary>Completes when the order's payment webhook has arrived (at once if it already has).</summary>
    public Task WaitAsync(string outTradeNo) => Wait(outTradeNo).Task;

    /// <summary>Forgets a finished wait.</summary>
    public void Forget(string outTradeNo) => _waits.TryRemove(outTradeNo, out _);

    /// <summary>The receiver's hook.</summary>
    public void OnReceived(ReceivedWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        if (webhook.EventType != "payment.succeeded" || webhook.Answer is < 200 or >= 300)
        {
            return;
        }

        using var body = JsonDocument.Parse(webhook.Body);
        Wait(body.RootElement.GetProperty("data").GetProperty("out_trade_no").GetString()!).TrySetResult();
    }

    private TaskCompletionSource Wait(string outTradeNo) =>
        _waits.GetOrAdd(outTradeNo, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
