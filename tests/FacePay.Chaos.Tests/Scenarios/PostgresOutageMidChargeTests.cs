using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FacePay.MerchantApi.Models;
using FacePay.Sandbox.Faults;
using FacePay.Testing.Merchants;
using Xunit.Abstractions;

namespace FacePay.Chaos.Tests.Scenarios;

/// <summary>
/// The case the PostgreSQL scenario once caught, made deterministic: the database goes away while the channel is
/// charging, so the order cannot store the charge's answer. The order must not report what it could not store (it
/// once read Paid from memory while storage said Paying, and its payment-succeeded webhook never went out); it must
/// settle from storage once the database is back, and tell the merchant.
/// </summary>
[Collection(ChaosCluster.CollectionName)]
public sealed class PostgresOutageMidChargeTests(ChaosCluster cluster, ITestOutputHelper output)
{
    private const string OutTradeNo = "pgcharge_0001";
    // Well under the silos' channel timeout (on a loaded machine too), so the answer arrives while the database is
    // away rather than timing out; long enough for the database to be stopped first.
    private static readonly TimeSpan ChargeTime = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private OrderResponse? _last;

    [Fact]
    public async Task Charge_answered_while_PostgreSQL_is_down_is_settled_from_storage_and_announced_once()
    {
        await cluster.SandboxControl.ClearFaultsAsync();
        await cluster.Cluster.WaitReadyAsync(Bound);
        await cluster.SandboxControl.AddFaultAsync(new FaultRule
        {
            Kind = FaultKind.Latency,
            Operation = SandboxOperation.Pay,
            OutTradeNo = OutTradeNo + "_1",
            DelayMs = (int)ChargeTime.TotalMilliseconds,
        });
        using var http = cluster.SignedClient();
        var member = cluster.Members[0];
        var passed = false;
        try
        {
            using (var created = await http.PostAsJsonAsync("/v1/orders", new { outTradeNo = OutTradeNo, amount = 1234, currency = "CNY", description = "Chaos latte", channel = "alipay", memberId = member.MemberId }))
            {
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            var facePay = http.FacePayAsync(OutTradeNo, member.MemberId, member.CapturePhoto, MerchantRequests.PayerCode("alipay"));
            // The order holds its turn through the charge, so reading it cannot show Paying: the sandbox tells when the charge arrived.
            Assert.True(await ChargeArrivedAsync(TimeSpan.FromSeconds(30)), "the charge never reached the sandbox");

            // Down from just after the attempt was stored until after the channel answered.
            await cluster.Postgres.StopAsync();
            output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] PostgreSQL stopped with the charge in flight");
            await Task.Delay(ChargeTime + TimeSpan.FromSeconds(2));
            await cluster.Postgres.StartAsync();
            output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff}] PostgreSQL back");
            output.WriteLine($"face-pay answered: {(int)(await facePay).StatusCode}");

            Assert.True(await EventuallyAsync(http, o => o.State == "Paid", Bound), "the order never settled Paid");
            var deadline = DateTime.UtcNow + Bound;
            while (!Announced() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            Assert.True(Announced(), "the payment-succeeded webhook was never delivered");
            var trades = await cluster.SandboxControl.GetTradesAsync();
            var charge = Assert.Single(trades.Trades, t => t.OutTradeNo.StartsWith(OutTradeNo + "_", StringComparison.Ordinal));
            Assert.Equal(1234, charge.PaidFen);
            passed = true;
        }
        finally
        {
            await cluster.SandboxControl.ClearFaultsAsync();
            if (!passed)
            {
                output.WriteLine($"last read: {_last?.State ?? "nothing"}; every process's whole output: {cluster.SaveProcessOutputs("pgcharge")}");
            }
        }
    }

    private async Task<bool> ChargeArrivedAsync(TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            if ((await cluster.SandboxControl.GetFaultsAsync()).Any(f => f.Rule.OutTradeNo == OutTradeNo + "_1" && f.Fired > 0))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private bool Announced() => cluster.Webhooks.Accepted.Any(w =>
        w.EventId is { } id && id.Contains($"/{OutTradeNo}/", StringComparison.Ordinal) && id.EndsWith("/payment-succeeded", StringComparison.Ordinal));

    private async Task<bool> EventuallyAsync(HttpClient http, Func<OrderResponse, bool> condition, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync($"/v1/orders/{OutTradeNo}");
                if (response.IsSuccessStatusCode
                    && await response.Content.ReadFromJsonAsync<OrderResponse>(JsonSerializerOptions.Web) is { } order
                    && condition(_last = order))
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The database or a host is away; asked again below.
            }

            await Task.Delay(100);
        }

        return false;
    }
}
