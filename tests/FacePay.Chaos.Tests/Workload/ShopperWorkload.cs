using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FacePay.MerchantApi.Models;
using FacePay.Testing.Merchants;

namespace FacePay.Chaos.Tests.Workload;

/// <summary>
/// Shoppers paying through the Merchant API while chaos happens, as a merchant backend and its kiosks behave: create
/// the order, <c>face-pay</c> with a fixture photo (a new capture, hence a new idempotency key, on every try), read
/// the order when an answer is lost, wait while a charge is in flight, ask for the planned refunds once paid (the same
/// refund number on every retry), and close an order it gives up on. Bounded: a few face-pay tries per order, a
/// bounded wait for a charge in flight, and a deadline for the whole run. What the cluster does with all that is for
/// the audit to judge; the shoppers only record what they saw.
/// </summary>
public sealed class ShopperWorkload
{
    private const int MaxFacePayRequests = 4;
    private const int MaxRequestRetries = 8;
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(3);

    // Long enough for an unknown charge to be queried through its window and cancelled.
    private static readonly TimeSpan PayingWait = ChaosCluster.QueryWindow + TimeSpan.FromSeconds(15);

    private readonly ChaosCluster _cluster;
    private readonly List<PlacedOrder> _orders;
    private int _next = -1;
    private int _finished;
    private int _facePaysInFlight;

    public ShopperWorkload(ChaosCluster cluster, string prefix, int count)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        _cluster = cluster;
        _orders = [.. Enumerable.Range(0, count).Select(i => Plan(cluster, prefix, i))];
    }

    /// <summary>Every order of the run (placed or about to be).</summary>
    public IReadOnlyList<PlacedOrder> Orders => _orders;

    /// <summary>Orders whose shopper is done.</summary>
    public int Finished => Volatile.Read(ref _finished);

    /// <summary>Face-pay requests sent and not yet answered.</summary>
    public int FacePaysInFlight => Volatile.Read(ref _facePaysInFlight);

    /// <summary>Runs <paramref name="concurrency"/> shoppers until every order is done; fails if that takes longer than <paramref name="bound"/>.</summary>
    public async Task RunAsync(int concurrency, TimeSpan bound)
    {
        using var deadline = new CancellationTokenSource(bound);
        var shoppers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => ShopAsync(deadline.Token))).ToArray();
        try
        {
            await Task.WhenAll(shoppers);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The shoppers did not finish {_orders.Count} orders within {bound} ({Finished} done).");
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> orders are done (a disruption's trigger), bounded.</summary>
    public async Task WhenFinishedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Finished < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static PlacedOrder Plan(ChaosCluster cluster, string prefix, int i)
    {
        // Amounts between 1.00 and 99.99, both channels, every member; on each channel a quarter of the orders are
        // refunded in full and a quarter in two parts.
        var amount = 100 + (i * 7919L % 9900);
        IReadOnlyList<PlannedRefund> refunds = (i / 2 % 4) switch
        {
            1 => [new PlannedRefund("r1", amount)],
            3 => [new PlannedRefund("r1", amount / 3), new PlannedRefund("r2", amount / 4)],
            _ => [],
        };
        var outTradeNo = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{i:D4}");
        return new PlacedOrder(outTradeNo, i % 2 == 0 ? "alipay" : "wechatpay", amount, cluster.Members[i % cluster.Members.Count], refunds);
    }

    private async Task ShopAsync(CancellationToken cancellationToken)
    {
        using var http = _cluster.SignedClient();
        while (true)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= _orders.Count)
            {
                return;
            }

            var order = _orders[index];
            order.Start();
            try
            {
                await PlaceAsync(http, order, cancellationToken);
            }
            finally
            {
                order.Done();
                Interlocked.Increment(ref _finished);
            }
        }
    }

    private async Task PlaceAsync(HttpClient http, PlacedOrder order, CancellationToken cancellationToken)
    {
        var body = new { outTradeNo = order.OutTradeNo, amount = order.Amount, currency = "CNY", description = "Chaos latte", channel = order.Channel, memberId = order.Member.MemberId };
        var created = await RetryAsync(order, "create", () => http.PostAsJsonAsync("/v1/orders", body, cancellationToken), s => s is HttpStatusCode.Created or HttpStatusCode.OK, cancellationToken);
        if (!created)
        {
            order.Note("gave up creating the order");
            return;
        }

        if (await PayAsync(http, order, cancellationToken))
        {
            foreach (var refund in order.Refunds)
            {
                var request = new { outRefundNo = refund.OutRefundNo, amount = refund.Amount, reason = "chaos return" };
                await RetryAsync(
                    order,
                    $"refund {refund.OutRefundNo}",
                    () => http.PostAsJsonAsync($"/v1/orders/{order.OutTradeNo}/refunds", request, cancellationToken),
                    s => s is HttpStatusCode.Created or HttpStatusCode.OK,
                    cancellationToken);
            }

            return;
        }

        // Not paid: a merchant closes an order its shopper walked away from (a charge in flight cannot be closed; it settles by itself).
        var state = await ReadAsync(http, order, cancellationToken);
        if (state?.State is "Created" or "Verifying" or "ReadyToPay")
        {
            await RetryAsync(order, "close", () => http.PostAsync($"/v1/orders/{order.OutTradeNo}/close", null, cancellationToken), s => s == HttpStatusCode.OK, cancellationToken);
        }
    }

    // Face-pay until paid, with a new capture per try; between tries the order itself says what happened.
    private async Task<bool> PayAsync(HttpClient http, PlacedOrder order, CancellationToken cancellationToken)
    {
        var payingSince = (DateTime?)null;
        while (true)
        {
            var current = order.FacePayRequests == 0 ? null : await ReadAsync(http, order, cancellationToken);
            switch (current?.State)
            {
                case "Paid" or "PartiallyRefunded" or "Refunded":
                    return true;
                case "Closed":
                    return false;
                case "Paying":
                    payingSince ??= DateTime.UtcNow;
                    if (DateTime.UtcNow - payingSince > PayingWait)
                    {
                        order.Note($"still Paying after {PayingWait.TotalSeconds:F0}s; leaving it to the cluster");
                        return false;
                    }

                    await Task.Delay(RetryPause, cancellationToken);
                    continue;
            }

            // Unpaid (or unreadable): another capture is safe either way, since the order refuses a second charge.
            payingSince = null;
            if (order.FacePayRequests >= MaxFacePayRequests)
            {
                order.Note("no face-pay tries left");
                return false;
            }

            order.FacePayRequests++;
            Interlocked.Increment(ref _facePaysInFlight);
            HttpOutcome outcome;
            try
            {
                outcome = await HttpOutcome.OfAsync(() => http.FacePayAsync(order.OutTradeNo, order.Member.MemberId, order.Member.CapturePhoto, MerchantRequests.PayerCode(order.Channel)));
            }
            finally
            {
                Interlocked.Decrement(ref _facePaysInFlight);
            }

            order.Note($"face-pay #{order.FacePayRequests}: {outcome}");
            if (outcome.Status == HttpStatusCode.OK && outcome.Detail is "Paid")
            {
                return true;
            }

            // Accepted but Paying (the channel has not confirmed) or Failed (it declined): the order is read again above.
            if (outcome.Status is null || (int)outcome.Status >= 500)
            {
                await Task.Delay(RetryPause, cancellationToken);
            }
        }
    }

    private static async Task<OrderResponse?> ReadAsync(HttpClient http, PlacedOrder order, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxRequestRetries; attempt++)
        {
            try
            {
                using var response = await http.GetAsync($"/v1/orders/{order.OutTradeNo}", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    var read = await response.Content.ReadFromJsonAsync<OrderResponse>(JsonSerializerOptions.Web, cancellationToken);
                    order.Note($"read: {read?.State}");
                    return read;
                }

                order.Note($"read: {(int)response.StatusCode}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                order.Note($"read: no answer ({ex.GetType().Name})");
            }

            await Task.Delay(Backoff(attempt), cancellationToken);
        }

        return null;
    }

    private static async Task<bool> RetryAsync(
        PlacedOrder order, string what, Func<Task<HttpResponseMessage>> send, Func<HttpStatusCode, bool> done, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxRequestRetries; attempt++)
        {
            var outcome = await HttpOutcome.OfAsync(send);
            order.Note($"{what} #{attempt}: {outcome}");
            if (outcome.Status is { } status && done(status))
            {
                return true;
            }

            // A refusal (4xx other than 409 in progress or 429) will not change by asking again.
            if (outcome.Status is { } refused && (int)refused < 500 && refused is not (HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests))
            {
                return false;
            }

            await Task.Delay(Backoff(attempt), cancellationToken);
        }

        return false;
    }

    // 0.5 s, 1 s, 1.5 s, ... up to 3 s: the retries of one request span about 15 s, longer than an outage the scenarios cause.
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromTicks(Math.Min(RetryPause.Ticks * attempt, MaxRetryPause.Ticks));
}
