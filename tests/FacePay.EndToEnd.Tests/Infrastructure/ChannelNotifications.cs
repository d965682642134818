using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Credentials;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Channel notifications built outside the sandbox: genuine ones (signed with the sandbox's gateway keys) for orders
/// the sandbox never saw, and forged ones (signed with a key the cluster does not trust).
/// </summary>
internal static class ChannelNotifications
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>An Alipay TRADE_SUCCESS notification form body for <paramref name="channelOutTradeNo"/>.</summary>
    public static string AlipayPaid(SandboxCredentials credentials, string channelOutTradeNo, long fen, bool forged)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var total = AlipayAmount.Format(fen);
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("notify_time", now),
            new("notify_type", "trade_status_sync"),
            new("notify_id", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
            new("charset", "utf-8"),
            new("version", "1.0"),
            new("sign_type", "RSA2"),
            new("app_id", credentials.AlipayAppId),
            new("trade_no", "2026112322001" + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(CultureInfo.InvariantCulture)),
            new("out_trade_no", channelOutTradeNo),
            new("seller_id", credentials.AlipaySellerId),
            new("trade_status", "TRADE_SUCCESS"),
            new("total_amount", total),
            new("receipt_amount", total),
            new("gmt_payment", now),
        };
        using var forger = RSA.Create(2048);
        using var signer = forged ? new AlipaySigner(forger) : AlipaySigner.FromPem(credentials.AlipayPrivateKeyPem);
        parameters.Add(new("sign", signer.SignNotification(parameters)));
        return AlipayFormParameters.Encode(parameters);
    }

    /// <summary>A WeChat Pay TRANSACTION.SUCCESS notification (JSON body and Wechatpay-* headers) for <paramref name="channelOutTradeNo"/>.</summary>
    public static (byte[] Body, WechatPaySignatureHeaders Headers) WechatPaid(SandboxCredentials credentials, string channelOutTradeNo, long fen, bool forged)
    {
        var resource = new JsonObject
        {
            ["appid"] = credentials.WechatPayAppId,
            ["mchid"] = credentials.WechatPayMchId,
            ["out_trade_no"] = channelOutTradeNo,
            ["transaction_id"] = "4200001" + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
            ["trade_type"] = "MICROPAY",
            ["trade_state"] = "SUCCESS",
            ["success_time"] = DateTimeOffset.UtcNow.ToOffset(Beijing).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["payer"] = new JsonObject { ["openid"] = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            ["amount"] = new JsonObject { ["total"] = fen, ["payer_total"] = fen, ["currency"] = "CNY", ["payer_currency"] = "CNY" },
        };
        var encrypted = new WechatPayResourceEncryptor(credentials.ApiV3Key).EncryptResource(resource.ToJsonString(), "transaction", "transaction");
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["create_time"] = DateTimeOffset.UtcNow.ToOffset(Beijing).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = "TRANSACTION.SUCCESS",
            ["summary"] = "支付成功",
            ["resource"] = JsonSerializer.SerializeToNode(encrypted),
        }.ToJsonString());
        using var forger = RSA.Create(2048);
        using var key = forged ? new WechatPaySigner(forger) : WechatPaySigner.FromPem(credentials.WechatPayPublicKeyPrivatePem);
        var headers = new WechatPayResponseSigner(credentials.PublicKeyId, key, TimeProvider.System).Sign(body);
        return (body, headers);
    }
}
