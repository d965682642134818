using System.Net.Http.Json;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>Order requests as a merchant would send them (the merchant is the API key's).</summary>
internal static class OrderRequests
{
    public static object Valid(string outTradeNo, long amount = 1234, string channel = "alipay", string memberId = "member_1") => new
    {
        outTradeNo,
        amount,
        currency = "CNY",
        description = "Flat white",
        channel,
        memberId,
    };

    public static Task<HttpResponseMessage> CreateAsync(this HttpClient http, object body) =>
        http.PostAsJsonAsync("/v1/orders", body);
}
