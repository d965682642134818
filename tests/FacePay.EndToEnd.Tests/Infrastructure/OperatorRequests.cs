using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>The operator API calls, and a face payment of a fresh member, as the operator tests need them.</summary>
internal static class OperatorRequests
{
    /// <summary>An HTTP client for the console host that neither follows redirects nor keeps cookies unless given a jar.</summary>
    public static HttpClient Client(RunningClusterFixture fixture, AuthenticationHeaderValue? authorization = null, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = fixture.ApiAddress(), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = authorization;
        return http;
    }

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient http, string merchantId, string outTradeNo) =>
        http.PostAsync($"/ops/api/orders/{merchantId}/{outTradeNo}/close", content: null);

    public static Task<HttpResponseMessage> QueryAsync(this HttpClient http, string merchantId, string outTradeNo) =>
        http.PostAsync($"/ops/api/orders/{merchantId}/{outTradeNo}/query", content: null);

    public static Task<HttpResponseMessage> ReplayAsync(this HttpClient http, string merchantId, string eventId) =>
        http.PostAsJsonAsync($"/ops/api/webhooks/{merchantId}/replays", new { eventId });

    /// <summary>Signs in at the console's login form; the session cookie lands in the client's jar.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient http, string name, string password) =>
        http.PostAsync("/ops/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = name, ["password"] = password, ["returnUrl"] = "/ops" }));

    /// <summary>The order lines of the overview's <c>latestOrders</c>, by <c>merchantId/outTradeNo</c>.</summary>
    public static async Task<Dictionary<string, JsonElement>> LatestOrdersAsync(this HttpClient http)
    {
        var overview = await http.GetJsonAsync("/ops/api/overview");
        return overview.GetProperty("latestOrders").EnumerateArray()
            .ToDictionary(o => $"{o.GetProperty("merchantId").GetString()}/{o.GetProperty("outTradeNo").GetString()}", o => o.Clone());
    }

    /// <summary>Enrols a fresh member, creates an order for them and face-pays it; the response is the face-pay answer.</summary>
    public static async Task<HttpResponseMessage> CreateAndFacePayAsync(this HttpClient merchant, string outTradeNo, string channel = "alipay")
    {
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        using (var enrolled = await merchant.EnrollAsync(memberId, "obama_1.jpg"))
        {
            enrolled.EnsureSuccessStatusCode();
        }

        using (var created = await merchant.CreateAsync(OrderRequests.Valid(outTradeNo, amount: 1800, channel: channel, memberId: memberId)))
        {
            created.EnsureSuccessStatusCode();
        }

        return await merchant.FacePayAsync(outTradeNo, memberId, "obama_2.jpg", MerchantRequests.PayerCode(channel));
    }
}
