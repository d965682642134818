using System.Text;
using FacePay.Contracts.Notifications;
using FacePay.Domain;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Limits;

namespace FacePay.MerchantApi.Apis;

/// <summary>
/// The channels' asynchronous notification endpoints. The host never parses or trusts the body: it passes the raw
/// bytes (and WeChat Pay's signature headers) to <see cref="IChannelNotificationReceiver"/>, which verifies and decrypts
/// them with the channel keys held by the silos, and answers exactly what the receiver says the channel expects
/// (Alipay: <c>success</c>/<c>fail</c> as plain text; WeChat Pay: 204, or 4xx/5xx with <c>{"code":"FAIL",…}</c>).
/// Not authenticated by API key: the channel's signature is the authentication.
/// </summary>
public static class NotifyApi
{
    /// <summary>Maps <c>/notify/alipay/{merchantId}</c> and <c>/notify/wechatpay/{merchantId}</c>.</summary>
    public static RouteGroupBuilder MapNotifyApi(this IEndpointRouteBuilder app, MerchantApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = app.MapGroup("/notify").WithTags("Channel notifications").ExcludeFromDescription();
        var limit = new RequestBodyLimit(options.MaxNotificationBytes);
        api.MapPost("/alipay/{merchantId}", ReceiveAlipayAsync).WithMetadata(limit).DisableAntiforgery();
        api.MapPost("/wechatpay/{merchantId}", ReceiveWechatPayAsync).WithMetadata(limit);
        return api;
    }

    /// <summary>An Alipay notification: the form body as received.</summary>
    public static async Task ReceiveAlipayAsync(string merchantId, HttpContext context, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(grains);
        var body = await ReadBodyAsync(context);
        var reply = OrderKey.IsValidMerchantId(merchantId)
            ? await grains.GetGrain<IChannelNotificationReceiver>(0).ReceiveAlipayAsync(merchantId, Encoding.UTF8.GetString(body))
            : new ChannelNotificationReply(StatusCodes.Status200OK, "text/plain", "fail", false);
        await WriteAsync(context, reply);
    }

    /// <summary>A WeChat Pay notification: its headers and the JSON body bytes as received.</summary>
    public static async Task ReceiveWechatPayAsync(string merchantId, HttpContext context, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(grains);
        var body = await ReadBodyAsync(context);
        var headers = context.Request.Headers
            .Where(h => h.Key.StartsWith("Wechatpay-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var reply = OrderKey.IsValidMerchantId(merchantId)
            ? await grains.GetGrain<IChannelNotificationReceiver>(0).ReceiveWechatPayAsync(merchantId, headers, body)
            : new ChannelNotificationReply(StatusCodes.Status404NotFound, "application/json", """{"code":"FAIL","message":"unknown merchant"}""", false);
        await WriteAsync(context, reply);
    }

    // The signed bytes exactly as they arrived; the body limit applies while reading.
    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, ChannelNotificationReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        if (reply.Body is not null)
        {
            context.Response.ContentType = reply.ContentType;
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
