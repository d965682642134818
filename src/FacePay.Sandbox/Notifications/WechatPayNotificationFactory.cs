using System.Text;
using System.Text.Json.Nodes;
using FacePay.Sandbox.Trades;
using FacePay.Sandbox.WechatPay;

namespace FacePay.Sandbox.Notifications;

/// <summary>Builds WeChat Pay v3 notifications: JSON with an AES-256-GCM encrypted resource, signed headers.</summary>
internal sealed class WechatPayNotificationFactory(SandboxKeys keys, TimeProvider time)
{
    public OutgoingNotification? Create(TradeEvent tradeEvent)
    {
        var trade = tradeEvent.Trade;
        var (url, eventType, summary, originalType) = tradeEvent.Kind switch
        {
            TradeEventKind.TradePaid => (trade.NotifyUrl, "TRANSACTION.SUCCESS", "支付成功", "transaction"),
            TradeEventKind.RefundSucceeded => (tradeEvent.Refund?.NotifyUrl, "REFUND.SUCCESS", "退款成功", "refund"),
            _ => (null, string.Empty, string.Empty, string.Empty), // WeChat does not notify closes or reversals.
        };
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var id = Guid.NewGuid().ToString();
        var createTime = BeijingTime.Rfc3339(time.GetUtcNow());
        return new OutgoingNotification(SandboxChannel.WechatPay, id, trade.OutTradeNo, eventType, uri, tampering =>
        {
            var resource = originalType == "transaction"
                ? WechatPayJson.Transaction(trade, keys.Credentials, tampering.AmountDeltaFen)
                : WechatPayJson.RefundNotificationResource(trade, tradeEvent.Refund!, keys.Credentials, tampering.AmountDeltaFen);
            var encrypted = keys.WechatPayEncryptor.EncryptResource(SandboxJson.Text(resource), originalType, originalType);
            var body = SandboxJson.Text(new JsonObject
            {
                ["id"] = id,
                ["create_time"] = createTime,
                ["resource_type"] = "encrypt-resource",
                ["event_type"] = eventType,
                ["summary"] = summary,
                ["resource"] = new JsonObject
                {
                    ["original_type"] = encrypted.OriginalType,
                    ["algorithm"] = encrypted.Algorithm,
                    ["ciphertext"] = encrypted.Ciphertext,
                    ["associated_data"] = encrypted.AssociatedData,
                    ["nonce"] = encrypted.Nonce,
                },
            });
            var bytes = Encoding.UTF8.GetBytes(body);
            var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            foreach (var (name, value) in keys.WechatPayHeaders(bytes, tampering.BadSignature))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/4.0");
            return request;
        });
    }
}
