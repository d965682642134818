using System.Collections.Concurrent;
using System.Globalization;
using FacePay.Client;
using FacePay.Domain;

namespace FacePay.Benchmarks.Orders;

/// <summary>
/// Places orders the way a merchant backend does: create, then pay (withholding agreement, Alipay), both through
/// <c>IFacePayClient</c>.
/// Either as a closed loop (each of N kiosks starts its next order once the previous one's payment webhook reached
/// the merchant, so the load settles at what the whole path sustains) or as an open loop (orders due at a fixed rate
/// whatever the cluster does, so a slow cluster cannot hide its queueing).
/// </summary>
public sealed class OrderDriver(OrderBenchCluster cluster)
{
    private static readonly TimeSpan CompletionWait = TimeSpan.FromSeconds(60);
    private static readonly AgreementPayment Withholding = new(AgreementNo: "AGR20261123", DeviceId: "kiosk-1");
    private readonly string _runTag = Guid.NewGuid().ToString("N")[..6];
    private long _sequence;

    /// <summary>Every order placed so far.</summary>
    public ConcurrentBag<OrderRecord> Orders { get; } = [];

    /// <summary>N kiosks placing orders back to back until <paramref name="duration"/> has passed.</summary>
    public async Task RunClosedLoopAsync(int kiosks, TimeSpan duration)
    {
        var until = DateTimeOffset.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, kiosks).Select(_ => Task.Run(async () =>
        {
            while (DateTimeOffset.UtcNow < until)
            {
                var order = await PlaceAsync(DateTimeOffset.UtcNow);
                if (order.Paid)
                {
                    // A lost webhook would stall this kiosk for the wait; the drain and the report count it.
                    await cluster.PaymentWebhooks.WaitAsync(order.OutTradeNo).WaitAsync(CompletionWait).ContinueWith(_ => { }, TaskScheduler.Default);
                    cluster.PaymentWebhooks.Forget(order.OutTradeNo);
                }
            }
        })));
    }

    /// <summary>Orders due at <paramref name="perSecond"/> for <paramref name="duration"/>, each started when due.</summary>
    public async Task RunOpenLoopAsync(double perSecond, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        var start = DateTimeOffset.UtcNow;
        var count = (int)Math.Floor(perSecond * duration.TotalSeconds);
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = start + TimeSpan.FromSeconds(i / perSecond);
            var wait = due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            running.Add(Task.Run(() => PlaceAsync(due)));
        }

        await Task.WhenAll(running);
    }

    private async Task<OrderRecord> PlaceAsync(DateTimeOffset due)
    {
        var outTradeNo = string.Create(CultureInfo.InvariantCulture, $"b{_runTag}{Interlocked.Increment(ref _sequence):D9}");
        var key = new OrderKey(OrderBenchCluster.MerchantId, outTradeNo);
        var started = DateTimeOffset.UtcNow;
        try
        {
            var created = await cluster.FacePay.CreateOrderAsync(new OrderCreationRequest(
                key, Money.Of(1999, "CNY"), "Latte", PaymentChannel.Alipay, "member_1", TimeSpan.FromMinutes(15)));
            if (!created.Succeeded)
            {
                return Add(new OrderRecord(outTradeNo, due, started, null, false, $"create: {created.Error} {created.Message}"));
            }

            var paid = await cluster.FacePay.PayWithAgreementAsync(key, Withholding);
            var returned = DateTimeOffset.UtcNow;
            var ok = paid.Succeeded && paid.Order!.State == OrderState.Paid;
            return Add(new OrderRecord(outTradeNo, due, started, returned, ok, ok ? null : $"pay: {paid.Error} {paid.Message} {paid.Order?.State}"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Add(new OrderRecord(outTradeNo, due, started, null, false, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private OrderRecord Add(OrderRecord order)
    {
        Orders.Add(order);
        return order;
    }
}
