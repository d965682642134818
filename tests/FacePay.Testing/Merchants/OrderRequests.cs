using System.Net.Http.Json;

namespace FacePay.Testing.Merchants;

/// <summary>Order requests as a merchant would send them (the merchant is the API key's).</summary>
public static class OrderRequests
{
    /// <summary>A valid create-order body.</summary>
    public static object Valid(string outTradeNo, long amount = 1234, string channel = "alipay", string memberId = "member_1") => new
    {
        outTradeNo,
        amount,
        currency = "CNY",
        description = "Flat white",
        channel,
        memberId,
    };

    /// <summary>POSTs a create-order body to <c>/v1/orders</c>.</summary>
    public static Task<HttpResponseMessage> CreateAsync(this HttpClient http, object body) =>
        http.PostAsJsonAsync("/v1/orders", body);
}
