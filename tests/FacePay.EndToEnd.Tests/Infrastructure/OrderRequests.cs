using System.Net.Http.Json;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>Order requests as a merchant would send them.</summary>
internal static class OrderRequests
{
    public static object Valid(string outTradeNo, long amount = 1234, string merchantId = "m_e2e") => new
    {
        merchantId,
        outTradeNo,
        amount,
        currency = "CNY",
        description = "Flat white",
        channel = "alipay",
        memberId = "member_1",
    };

    public static Task<HttpResponseMessage> CreateAsync(this HttpClient http, object body) =>
        http.PostAsJsonAsync("/v1/orders", body);
}
