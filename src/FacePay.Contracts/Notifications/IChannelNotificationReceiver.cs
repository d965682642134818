namespace FacePay.Contracts.Notifications;

/// <summary>
/// Takes a channel's asynchronous notification as raw bytes, verifies (and for WeChat Pay decrypts) it with the
/// channel keys held by the silos, routes the result to the order, and says what to answer the channel. An
/// unverified body is never trusted: HTTP hosts pass bytes through and never parse them themselves.
/// </summary>
[Alias("FacePay.IChannelNotificationReceiver")]
public interface IChannelNotificationReceiver : IGrainWithIntegerKey
{
    /// <summary>An Alipay notification: the raw <c>application/x-www-form-urlencoded</c> body.</summary>
    /// <param name="merchantId">The merchant whose notify URL received it.</param>
    /// <param name="formBody">The body exactly as received.</param>
    [Alias("ReceiveAlipay")]
    Task<ChannelNotificationReply> ReceiveAlipayAsync(string merchantId, string formBody);

    /// <summary>A WeChat Pay API v3 notification: its <c>Wechatpay-*</c> headers and raw JSON body.</summary>
    /// <param name="merchantId">The merchant whose notify URL received it.</param>
    /// <param name="headers">The request headers (at least the <c>Wechatpay-*</c> ones).</param>
    /// <param name="body">The body bytes exactly as received.</param>
    [Alias("ReceiveWechatPay")]
    Task<ChannelNotificationReply> ReceiveWechatPayAsync(string merchantId, Dictionary<string, string> headers, byte[] body);
}
