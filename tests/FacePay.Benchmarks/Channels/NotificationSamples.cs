using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;

namespace FacePay.Benchmarks.Channels;

/// <summary>
/// Distinct, correctly signed notifications as the gateways send them (the Alipay form with the fields of a
/// trade_status_sync; WeChat Pay's JSON with an AES-256-GCM resource and signed headers), each with the exact bytes
/// its signature covers so the raw baseline verifies the same data with the same key.
/// </summary>
public static class NotificationSamples
{
    // As WeChat Pay writes its bodies (the official test vector has a literal '+' in the ciphertext and Chinese in the
    // summary) and as the sandbox does: the serializer's default would escape every '+' and CJK character as \uXXXX.
    private static readonly JsonSerializerOptions WireJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds <paramref name="count"/> Alipay payment notifications signed with the Alipay key.</summary>
    public static AlipayNotificationSample[] Alipay(ChannelKeys keys, int count)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var samples = new AlipayNotificationSample[count];
        for (var i = 0; i < count; i++)
        {
            var amount = AlipayAmount.Format(1000 + i);
            var p = new List<KeyValuePair<string, string?>>
            {
                new("notify_time", now),
                new("notify_type", "trade_status_sync"),
                new("notify_id", Guid.NewGuid().ToString("N")),
                new("charset", "utf-8"),
                new("version", "1.0"),
                new("sign_type", "RSA2"),
                new("app_id", keys.Credentials.AlipayAppId),
                new("auth_app_id", keys.Credentials.AlipayAppId),
                new("trade_no", "2026112322001" + i.ToString("D8", CultureInfo.InvariantCulture)),
                new("out_trade_no", $"bench_{i:D6}_1"),
                new("buyer_id", "2088102177846880"),
                new("buyer_logon_id", "159****5620"),
                new("seller_id", keys.Credentials.AlipaySellerId),
                new("trade_status", "TRADE_SUCCESS"),
                new("total_amount", amount),
                new("receipt_amount", amount),
                new("invoice_amount", amount),
                new("buyer_pay_amount", amount),
                new("point_amount", "0.00"),
                new("subject", "拿铁 Latte"),
                new("gmt_create", now),
                new("gmt_payment", now),
                new("fund_bill_list", $$"""[{"amount":"{{amount}}","fundChannel":"ALIPAYACCOUNT"}]"""),
            };
            var content = AlipaySignatureContent.ForNotification(p);
            var sign = keys.AlipayGatewaySigner.Sign(content);
            p.Add(new("sign", sign));
            samples[i] = new AlipayNotificationSample(AlipayFormParameters.Encode(p), Encoding.UTF8.GetBytes(content), Convert.FromBase64String(sign));
        }

        return samples;
    }

    /// <summary>Builds <paramref name="count"/> WeChat Pay TRANSACTION.SUCCESS notifications signed now.</summary>
    public static WechatNotificationSample[] Wechat(ChannelKeys keys, int count)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var samples = new WechatNotificationSample[count];
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var transaction = new JsonObject
            {
                ["appid"] = keys.Credentials.WechatPayAppId,
                ["mchid"] = keys.Credentials.WechatPayMchId,
                ["out_trade_no"] = $"bench_{i:D6}_1",
                ["transaction_id"] = "42000019" + i.ToString("D20", CultureInfo.InvariantCulture),
                ["trade_type"] = "MICROPAY",
                ["trade_state"] = "SUCCESS",
                ["trade_state_desc"] = "支付成功",
                ["bank_type"] = "OTHERS",
                ["attach"] = string.Empty,
                ["success_time"] = now,
                ["payer"] = new JsonObject { ["openid"] = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
                ["amount"] = new JsonObject { ["total"] = 1000 + i, ["payer_total"] = 1000 + i, ["currency"] = "CNY", ["payer_currency"] = "CNY" },
            };
            var resource = keys.WechatEncryptor.EncryptResource(transaction.ToJsonString(WireJson), "transaction", "transaction");
            var body = Encoding.UTF8.GetBytes(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["create_time"] = now,
                ["resource_type"] = "encrypt-resource",
                ["event_type"] = "TRANSACTION.SUCCESS",
                ["summary"] = "支付成功",
                ["resource"] = new JsonObject
                {
                    ["original_type"] = resource.OriginalType,
                    ["algorithm"] = resource.Algorithm,
                    ["ciphertext"] = resource.Ciphertext,
                    ["associated_data"] = resource.AssociatedData,
                    ["nonce"] = resource.Nonce,
                },
            }.ToJsonString(WireJson));
            var headers = keys.WechatResponseSigner.Sign(body);
            samples[i] = new WechatNotificationSample(
                headers,
                body,
                WechatPaySignatureMessage.ForResponse(headers.Timestamp!, headers.Nonce!, body),
                Convert.FromBase64String(headers.Signature!));
        }

        return samples;
    }
}
