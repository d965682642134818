using System.Net;
using System.Text;
using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Sandbox;
using FacePay.Testing;
using FacePay.Testing.Merchants;
using Xunit.Abstractions;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The whole face-pay flow over HTTP on the running system, for both channels: enrol a member, create an order,
/// verify another photo of the same person, pay through the sandbox, see the channel's notification acknowledged and
/// the merchant's webhook arrive signed, then refund.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class FacePayFlowTests(RunningClusterFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("alipay")]
    [InlineData("wechatpay")]
    public async Task Face_pay_step_by_step_pays_once_notifies_the_merchant_and_refunds(string channel)
    {
        using var http = fixture.SignedClient();
        await ConfigureWebhookAsync(http);
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("flow");

        using (var enrolled = await http.EnrollAsync(memberId, "obama_1.jpg"))
        {
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
            Assert.Equal("Enrolled", (await enrolled.JsonAsync()).GetProperty("status").GetString());
        }

        using (var created = await http.CreateAsync(OrderRequests.Valid(outTradeNo, amount: 2590, channel: channel, memberId: memberId)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        string sessionId;
        using (var started = await http.StartVerificationAsync(outTradeNo, memberId))
        {
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            var session = await started.JsonAsync();
            sessionId = session.GetProperty("sessionId").GetString()!;
            Assert.Equal("Open", session.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(session.GetProperty("challengeNonce").GetString()));
        }

        string token;
        using (var capture = await http.CaptureAsync(sessionId, FacePhotos.Read("obama_2.jpg")))
        {
            Assert.Equal(HttpStatusCode.OK, capture.StatusCode);
            var result = await capture.JsonAsync();
            Assert.True(result.GetProperty("verified").GetBoolean(), result.ToString());
            Assert.False(result.TryGetProperty("similarity", out _));
            token = result.GetProperty("verificationToken").GetString()!;
        }

        Assert.Equal("ReadyToPay", (await http.GetJsonAsync($"/v1/orders/{outTradeNo}")).GetProperty("state").GetString());

        using (var paid = await http.PayAsync(outTradeNo, token, MerchantRequests.PayerCode(channel)))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
            Assert.Equal("Paid", (await paid.JsonAsync()).GetProperty("state").GetString());
        }

        var sandboxChannel = channel == "alipay" ? SandboxChannel.Alipay : SandboxChannel.WechatPay;
        var channelNo = RunningClusterFixture.ChannelNo(outTradeNo);
        Assert.Equal(2590, fixture.Sandbox.Trades.Find(sandboxChannel, channelNo)!.PaidFen);
        Assert.Equal(1, fixture.Sandbox.Trades.PayCalls(sandboxChannel, channelNo));

        // The channel's notification reached /notify/{channel}/m_e2e, was verified in the cluster and acknowledged.
        var notifications = await fixture.Sandbox.Notifications.WaitForAsync(
            all => all.Any(n => n.OutTradeNo == channelNo && n.Acknowledged), TimeSpan.FromSeconds(30));
        Assert.Contains(notifications, n => n.OutTradeNo == channelNo && n.Acknowledged && n.StatusCode == (channel == "alipay" ? 200 : 204));

        var webhook = await WaitForWebhookAsync(outTradeNo, "payment.succeeded");
        Assert.True(fixture.Webhooks.AllSignaturesValid(fixture.WebhookSecret));
        using (var body = JsonDocument.Parse(webhook.Body))
        {
            Assert.Equal(2590, body.RootElement.GetProperty("data").GetProperty("amount").GetProperty("minor_units").GetInt64());
        }

        using (var refund = await http.PostAsync($"/v1/orders/{outTradeNo}/refunds", Json(new { outRefundNo = "r1", amount = 590, reason = "one item returned" })))
        {
            Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        }

        var settled = await MerchantRequests.EventuallyAsync(
            () => http.GetJsonAsync($"/v1/orders/{outTradeNo}/refunds/r1"), r => r.GetProperty("status").GetString() == "Succeeded");
        Assert.Equal("Succeeded", settled.GetProperty("status").GetString());
        var order = await http.GetJsonAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal(("PartiallyRefunded", 590L), (order.GetProperty("state").GetString(), order.GetProperty("refunded").GetInt64()));
        output.WriteLine($"{channel}: order {outTradeNo} paid and partially refunded; webhook {webhook.EventId}");
    }

    [Theory]
    [InlineData("alipay")]
    [InlineData("wechatpay")]
    public async Task Face_pay_in_one_call_verifies_and_pays(string channel)
    {
        using var http = fixture.SignedClient();
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("onecall");
        using (var enrolled = await http.EnrollAsync(memberId, "obama_1.jpg"))
        {
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        }

        using (var created = await http.CreateAsync(OrderRequests.Valid(outTradeNo, amount: 1200, channel: channel, memberId: memberId)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var paid = await http.FacePayAsync(outTradeNo, memberId, "obama_2.jpg", MerchantRequests.PayerCode(channel));

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var result = await paid.JsonAsync();
        Assert.True(result.GetProperty("capture").GetProperty("verified").GetBoolean());
        Assert.Equal("Paid", result.GetProperty("order").GetProperty("state").GetString());
        var sandboxChannel = channel == "alipay" ? SandboxChannel.Alipay : SandboxChannel.WechatPay;
        Assert.Equal(1200, fixture.Sandbox.Trades.Find(sandboxChannel, RunningClusterFixture.ChannelNo(outTradeNo))!.PaidFen);
    }

    private async Task ConfigureWebhookAsync(HttpClient http)
    {
        using var configured = await http.PutAsync("/v1/events/webhook", Json(new { url = fixture.Webhooks.Url, secret = fixture.WebhookSecret }));
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
    }

    private async Task<FacePay.Testing.Webhooks.ReceivedWebhook> WaitForWebhookAsync(string outTradeNo, string type)
    {
        var found = await MerchantRequests.EventuallyAsync(
            () => Task.FromResult(fixture.Webhooks.Accepted.FirstOrDefault(w => w.EventType == type && w.EventId!.Contains($"/{outTradeNo}/", StringComparison.Ordinal))),
            w => w is not null);
        return found ?? throw new Xunit.Sdk.XunitException($"No {type} webhook for {outTradeNo}; received {fixture.Webhooks.Received.Count}.\n{fixture.ProcessOutput()}");
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
