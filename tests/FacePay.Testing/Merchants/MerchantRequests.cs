using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FacePay.Testing.Merchants;

/// <summary>The Merchant API calls of the face-pay flow, as a merchant backend or kiosk makes them.</summary>
public static class MerchantRequests
{
    /// <summary>Enrols <paramref name="memberId"/> with the named fixture photos (multipart field <c>photos</c>).</summary>
    public static Task<HttpResponseMessage> EnrollAsync(this HttpClient http, string memberId, params string[] photos)
    {
        var form = new MultipartFormDataContent();
        foreach (var photo in photos)
        {
            form.Add(Image(FacePhotos.Read(photo), photo), "photos", photo);
        }

        return http.PostAsync($"/v1/members/{memberId}/enrollment", form);
    }

    /// <summary>Opens a face verification session for an order.</summary>
    public static Task<HttpResponseMessage> StartVerificationAsync(this HttpClient http, string outTradeNo, string memberId, int? lifetimeSeconds = null) =>
        http.PostAsJsonAsync($"/v1/orders/{outTradeNo}/verifications", new { memberId, lifetimeSeconds });

    /// <summary>Submits one capture to a verification session.</summary>
    public static Task<HttpResponseMessage> CaptureAsync(this HttpClient http, string sessionId, byte[] image, string fileName = "capture.jpg")
    {
        var form = new MultipartFormDataContent { { Image(image, fileName), "image", fileName } };
        return http.PostAsync($"/v1/verifications/{sessionId}/captures", form);
    }

    /// <summary>Pays a verified order with its verification token.</summary>
    public static Task<HttpResponseMessage> PayAsync(this HttpClient http, string outTradeNo, string verificationToken, string payerCode) =>
        http.PostAsJsonAsync($"/v1/orders/{outTradeNo}/pay", new { verificationToken, payerCode, deviceId = "kiosk-1" });

    /// <summary>Verifies the named fixture photo and, on a match, pays, in one call (<c>face-pay</c>).</summary>
    public static Task<HttpResponseMessage> FacePayAsync(this HttpClient http, string outTradeNo, string memberId, string photo, string payerCode)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(memberId), "memberId" },
            { new StringContent(payerCode), "payerCode" },
            { new StringContent("kiosk-1"), "deviceId" },
            { Image(FacePhotos.Read(photo), photo), "image", photo },
        };
        return http.PostAsync($"/v1/orders/{outTradeNo}/face-pay", form);
    }

    /// <summary>The face device's payer code for a channel (Alipay face token; WeChat face code), as the sandbox accepts them.</summary>
    public static string PayerCode(string channel) => channel == "alipay" ? "fp2088000000000001" : "130061098828009406";

    /// <summary>The response body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>GETs <paramref name="path"/>, requiring 2xx, and returns the body as JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    /// <summary>Polls until <paramref name="condition"/> holds (bounded); returns the last value either way.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (condition(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    private static ByteArrayContent Image(byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
        return content;
    }
}
