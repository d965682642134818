using System.Net;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// OpenTelemetry on the running system: a request's trace continues from the Merchant API through the grains to the
/// silo's HTTP call to the channel, and Prometheus scrapes show the FacePay metrics.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class TelemetryTests(RunningClusterFixture fixture)
{
    [Fact]
    public async Task A_face_pay_is_one_trace_from_the_api_through_the_grains_to_the_channel_call_and_shows_in_the_metrics()
    {
        using var http = fixture.SignedClient();
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        using (var enrolled = await http.EnrollAsync(memberId, "obama_1.jpg"))
        {
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        }

        var outTradeNo = RunningClusterFixture.NewOutTradeNo("trace");
        using (var created = await http.CreateAsync(OrderRequests.Valid(outTradeNo, memberId: memberId)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/orders/{outTradeNo}/face-pay"))
        {
            request.Content = new MultipartFormDataContent
            {
                { new StringContent(memberId), "memberId" },
                { new StringContent(MerchantRequests.PayerCode("alipay")), "payerCode" },
                { new ByteArrayContent(FacePhotos.Read("obama_2.jpg")), "image", "obama_2.jpg" },
            };
            request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..16]}-01");
            using var paid = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        // The console exporter writes each span as a block starting with its trace id.
        var channelSpan = await MerchantRequests.EventuallyAsync(
            () => Task.FromResult(fixture.Cluster.Silos.SelectMany(s => Spans(s.Output)).FirstOrDefault(b => b.Contains(traceId, StringComparison.Ordinal) && b.Contains("/alipay/gateway.do", StringComparison.Ordinal))),
            b => b is not null,
            seconds: 15);
        Assert.True(channelSpan is not null, $"no silo span of trace {traceId} calls the channel");
        var apiSpan = await MerchantRequests.EventuallyAsync(
            () => Task.FromResult(fixture.Cluster.Apis.SelectMany(a => Spans(a.Output)).FirstOrDefault(b => b.Contains(traceId, StringComparison.Ordinal) && b.Contains("face-pay", StringComparison.Ordinal))),
            b => b is not null,
            seconds: 15);
        Assert.True(apiSpan is not null, $"no API span of trace {traceId}:\n{string.Join("\n--\n", fixture.Cluster.Apis.SelectMany(a => Spans(a.Output)).Where(b => b.Contains(traceId, StringComparison.Ordinal)))}");

        var scrapes = await MerchantRequests.EventuallyAsync(
            async () => string.Join("\n", await Task.WhenAll(fixture.Cluster.Silos.Select(s => ScrapeAsync(s.BaseAddress)))),
            text => text.Contains("facepay_orders_finished", StringComparison.Ordinal) && text.Contains("facepay_face_check_duration", StringComparison.Ordinal),
            seconds: 15);
        Assert.Contains("facepay_orders_finished", scrapes, StringComparison.Ordinal);
        Assert.Contains("state=\"Paid\"", scrapes, StringComparison.Ordinal);
        Assert.Contains("facepay_orders_created", scrapes, StringComparison.Ordinal);
        Assert.Contains("facepay_face_check_duration", scrapes, StringComparison.Ordinal);
        Assert.Contains("facepay_channel_duration", scrapes, StringComparison.Ordinal);
        Assert.Contains("facepay_channel_breaker_state", scrapes, StringComparison.Ordinal);

        var api = await ScrapeAsync(fixture.Cluster.ApiAddress(0));
        Assert.Contains("http_server_request_duration", api, StringComparison.Ordinal);
    }

    private static string[] Spans(string output) =>
        output.Split("Activity.TraceId:", StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> ScrapeAsync(Uri host)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
