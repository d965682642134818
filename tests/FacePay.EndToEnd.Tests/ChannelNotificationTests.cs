using System.Net;
using System.Text;
using FacePay.Channels.WechatPay;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The notify endpoints answer each channel as its specification wants, and never act on a body the cluster could not
/// verify: a forged notification and a genuine one for an order that does not exist both change nothing.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class ChannelNotificationTests(RunningClusterFixture fixture)
{
    [Fact]
    public async Task A_forged_alipay_notification_is_answered_fail_and_the_order_is_unchanged()
    {
        var outTradeNo = await CreateOrderAsync("alipay");
        var form = ChannelNotifications.AlipayPaid(fixture.Sandbox.Credentials, RunningClusterFixture.ChannelNo(outTradeNo), 1234, forged: true);

        using var response = await PostAlipayAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fail", await response.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(outTradeNo);
    }

    [Fact]
    public async Task A_forged_wechatpay_notification_is_refused_with_a_fail_json_and_the_order_is_unchanged()
    {
        var outTradeNo = await CreateOrderAsync("wechatpay");
        var (body, headers) = ChannelNotifications.WechatPaid(fixture.Sandbox.Credentials, RunningClusterFixture.ChannelNo(outTradeNo), 1234, forged: true);

        using var response = await PostWechatAsync(body, headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"code\":\"FAIL\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync(outTradeNo);
    }

    [Fact]
    public async Task A_genuine_notification_for_an_unknown_order_is_not_acknowledged_and_stores_nothing()
    {
        var before = await fixture.CountStoredGrainStatesAsync();
        var unknown = RunningClusterFixture.ChannelNo(RunningClusterFixture.NewOutTradeNo("ghost"));
        var form = ChannelNotifications.AlipayPaid(fixture.Sandbox.Credentials, unknown, 1234, forged: false);
        var (body, headers) = ChannelNotifications.WechatPaid(fixture.Sandbox.Credentials, unknown, 1234, forged: false);

        using var alipay = await PostAlipayAsync(form);
        using var wechat = await PostWechatAsync(body, headers);

        Assert.Equal("fail", await alipay.Content.ReadAsStringAsync());
        Assert.True((int)wechat.StatusCode is >= 400 and < 600, $"WeChat Pay must not get a 2xx: {wechat.StatusCode}");
        Assert.Contains("\"code\":\"FAIL\"", await wechat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
    }

    [Theory]
    [InlineData("alipay")]
    [InlineData("wechatpay")]
    public async Task A_genuine_duplicate_notification_of_a_paid_order_is_acknowledged_and_changes_nothing(string channel)
    {
        // The counterpart of the refusals above: the same builder, genuinely signed, for an order the channel did charge,
        // is verified and acknowledged, so the refusals are about the signature and the order, not a malformed notification.
        using var http = fixture.SignedClient();
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        using (var enrolled = await http.EnrollAsync(memberId, "obama_1.jpg"))
        {
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        }

        var outTradeNo = RunningClusterFixture.NewOutTradeNo("dup");
        using (var created = await http.CreateAsync(OrderRequests.Valid(outTradeNo, amount: 1234, channel: channel, memberId: memberId)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var paid = await http.FacePayAsync(outTradeNo, memberId, "obama_2.jpg", MerchantRequests.PayerCode(channel)))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        var before = await http.GetJsonAsync($"/v1/orders/{outTradeNo}");
        var channelNo = RunningClusterFixture.ChannelNo(outTradeNo);
        if (channel == "alipay")
        {
            using var response = await PostAlipayAsync(ChannelNotifications.AlipayPaid(fixture.Sandbox.Credentials, channelNo, 1234, forged: false));
            Assert.Equal("success", await response.Content.ReadAsStringAsync());
        }
        else
        {
            var (body, headers) = ChannelNotifications.WechatPaid(fixture.Sandbox.Credentials, channelNo, 1234, forged: false);
            using var response = await PostWechatAsync(body, headers);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var after = await http.GetJsonAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal("Paid", after.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    private async Task<string> CreateOrderAsync(string channel)
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("notify");
        using var created = await fixture.SignedClient().CreateAsync(OrderRequests.Valid(outTradeNo, channel: channel));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return outTradeNo;
    }

    private async Task<HttpResponseMessage> PostAlipayAsync(string form) =>
        await fixture.RawClient().PostAsync($"/notify/alipay/{fixture.Main.Id}", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

    private async Task<HttpResponseMessage> PostWechatAsync(byte[] body, WechatPaySignatureHeaders headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/notify/wechatpay/{fixture.Main.Id}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(WechatPaySignatureHeaders.SerialHeader, headers.Serial);
        request.Headers.Add(WechatPaySignatureHeaders.SignatureHeader, headers.Signature);
        request.Headers.Add(WechatPaySignatureHeaders.TimestampHeader, headers.Timestamp);
        request.Headers.Add(WechatPaySignatureHeaders.NonceHeader, headers.Nonce);
        return await fixture.RawClient().SendAsync(request);
    }

    private async Task AssertUnchangedAsync(string outTradeNo)
    {
        var order = await fixture.SignedClient().GetJsonAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal(("Created", 1L), (order.GetProperty("state").GetString(), order.GetProperty("version").GetInt64()));
    }
}
