using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FacePay.MerchantApi.Authentication;
using FacePay.Testing;
using FacePay.Testing.Merchants;
using FacePay.Testing.Processes;
using Xunit.Abstractions;

namespace FacePay.EndToEnd.Tests;

/// <summary>The whole system as processes: an order created over HTTP survives a restart of every process.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class OrderLifecycleAcrossRestartTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task Order_created_over_http_survives_a_restart_of_silos_and_api()
    {
        var merchant = TestMerchant.Create("m_restart");
        var settings = new LocalClusterSettings();
        foreach (var (key, value) in merchant.ApiSettings())
        {
            settings.Api[key] = value;
        }

        await using var cluster = new LocalCluster(postgres.ConnectionString, settings);
        using var logs = cluster.ReportOutputOnFailure(output);
        await cluster.StartAsync();

        using (var http = Signed(cluster, merchant))
        {
            using var created = await http.CreateAsync(OrderRequests.Valid("restart_0001", amount: 4321));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await cluster.StopAsync();
        await cluster.StartAsync();

        using (var http = Signed(cluster, merchant))
        {
            using var read = await http.GetAsync("/v1/orders/restart_0001");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var order = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(4321, order.GetProperty("amount").GetInt64());
            Assert.Equal("CNY", order.GetProperty("currency").GetString());
            Assert.Equal("43.21", order.GetProperty("amountDisplay").GetString());
            Assert.Equal("Created", order.GetProperty("state").GetString());
        }
    }

    private static HttpClient Signed(LocalCluster cluster, TestMerchant merchant) =>
        cluster.CreateApiClient(0, new MerchantSigningHandler(merchant.KeyId, merchant.Secret) { InnerHandler = new SocketsHttpHandler() });
}
