using System.Globalization;
using System.Text.Json;
using FacePay.Benchmarks.Measurement;
using FacePay.Benchmarks.Orders;
using FacePay.Domain;

namespace FacePay.Benchmarks.Api;

/// <summary>
/// The Merchant API's cost (issue 6): created orders/s and order reads/s driven by wrk over loopback HTTP, beside the
/// same operations through <c>IFacePayClient</c> on the same cluster in the same run, with the same concurrency and
/// duration. Runs in the order client create, HTTP create, HTTP read, client read, so neither side always goes first.
/// </summary>
public sealed class ApiBenchmark(BenchmarkSettings settings, Action<string> log)
{
    private const int Threads = 2;

    /// <summary>Concurrent connections (wrk) and callers (client).</summary>
    public int Connections { get; init; } = 16;

    /// <summary>Runs the section.</summary>
    public async Task<ApiFigures> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!WrkRunner.IsAvailable())
        {
            throw new InvalidOperationException("wrk is not installed (Debian package wrk; deploy/bench.sh installs it).");
        }

        await using var cluster = await OrderBenchCluster.StartAsync(silos: 2);
        await using var api = await MerchantApiHost.StartAsync(OrderBenchCluster.MerchantId, cluster.ClusterId, OrderBenchCluster.ServiceId, cluster.Postgres.ConnectionString);
        var directory = Directory.CreateTempSubdirectory("facepay-api-bench-");
        try
        {
            var duration = settings.ApiRound;
            var prepared = Math.Max(2_000, (int)(duration.TotalSeconds * 3_000));
            var created = new List<string>();

            // Warm-up of both paths (JIT, connection pools, grain directory) on orders not measured.
            log("[bench]   warm-up");
            await ClientCreatesAsync(cluster, "warm", TimeSpan.FromSeconds(1), []);
            var warmFile = Path.Combine(directory.FullName, "warm.tsv");
            SignedRequestFile.Write(warmFile, api.Secret, Creates("warmhttp", 500));
            await WrkRunner.RunAsync(api.BaseUrl, warmFile, MerchantApiHost.KeyId, Threads, Connections, TimeSpan.FromSeconds(1), cancellationToken);

            log("[bench]   created orders through IFacePayClient");
            var clientCreated = new List<string>();
            var (clientCreate, clientCreateLatency, clientCreateFailures) = await ClientCreatesAsync(cluster, "client", duration, clientCreated);
            created.AddRange(clientCreated);

            log("[bench]   created orders through the Merchant API (wrk)");
            var createFile = Path.Combine(directory.FullName, "create.tsv");
            var createLines = Creates("http", prepared).ToList();
            SignedRequestFile.Write(createFile, api.Secret, createLines);
            var httpCreate = await WrkRunner.RunAsync(api.BaseUrl, createFile, MerchantApiHost.KeyId, Threads, Connections, duration, cancellationToken);

            log("[bench]   order reads through the Merchant API (wrk)");
            var readFile = Path.Combine(directory.FullName, "read.tsv");
            SignedRequestFile.Write(readFile, api.Secret, Enumerable.Range(0, prepared).Select(i =>
                ("GET", "/v1/orders/" + created[i % created.Count], (string?)null)));
            var httpRead = await WrkRunner.RunAsync(api.BaseUrl, readFile, MerchantApiHost.KeyId, Threads, Connections, duration, cancellationToken);

            log("[bench]   order reads through IFacePayClient");
            var readLatency = new LatencyRecorder();
            long readFailures = 0;
            var clientRead = await AsyncThroughput.MeasureAsync(Connections, duration, async (caller, i) =>
            {
                var key = new OrderKey(OrderBenchCluster.MerchantId, created[(int)((caller * 7919 + i) % created.Count)]);
                if (await cluster.FacePay.GetOrderAsync(key, cancellationToken) is null)
                {
                    Interlocked.Increment(ref readFailures);
                }
            }, readLatency);

            var figures = new[]
            {
                new ApiFigure("created orders (POST /v1/orders)", httpCreate, clientCreate, clientCreateLatency, clientCreateFailures, prepared),
                new ApiFigure("order reads (GET /v1/orders/{outTradeNo})", httpRead, clientRead.PerSecond, readLatency.Summarise(), readFailures, prepared),
            };
            foreach (var f in figures)
            {
                log(string.Create(CultureInfo.InvariantCulture,
                    $"[bench]   {f.Operation}: HTTP {f.Http.PerSecond:N0}/s (p99 {f.Http.P99Microseconds / 1000.0:0.0} ms, {f.Http.Failures} failed), client {f.ClientPerSecond:N0}/s (p99 {f.ClientLatency.P99Ms:0.0} ms): {f.Ratio:P0}"));
            }

            return new ApiFigures(Connections, Threads, duration, figures);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static IEnumerable<(string Method, string PathAndQuery, string? Body)> Creates(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => ("POST", "/v1/orders", (string?)JsonSerializer.Serialize(new
        {
            outTradeNo = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{i:D7}"),
            amount = 1999,
            currency = "CNY",
            description = "Latte",
            channel = "alipay",
            memberId = "member_1",
            expiresInSeconds = 900,
        })));

    private async Task<(double PerSecond, LatencySummary Latency, long Failures)> ClientCreatesAsync(
        OrderBenchCluster cluster, string prefix, TimeSpan duration, List<string> created)
    {
        var latencies = new LatencyRecorder();
        var gate = new Lock();
        long failures = 0;
        var throughput = await AsyncThroughput.MeasureAsync(Connections, duration, async (caller, i) =>
        {
            var outTradeNo = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{caller}_{i:D7}");
            var result = await cluster.FacePay.CreateOrderAsync(new OrderCreationRequest(
                new OrderKey(OrderBenchCluster.MerchantId, outTradeNo), Money.Of(1999, "CNY"), "Latte", PaymentChannel.Alipay, "member_1", TimeSpan.FromMinutes(15)));
            if (!result.Succeeded)
            {
                Interlocked.Increment(ref failures);
                return;
            }

            lock (gate)
            {
                created.Add(outTradeNo);
            }
        }, latencies);
        return (throughput.PerSecond, latencies.Summarise(), failures);
    }
}
