using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FacePay.Domain.Events;

namespace FacePay.Domain.Webhooks;

/// <summary>
/// The exact bytes sent to a merchant for one payment event. Built once when the event is accepted and stored
/// with the delivery, so every retry and every manual replay sends byte-identical JSON (and the signature of a
/// given timestamp is reproducible). The body is also a pure function of the event — no clock, no random
/// ids — so even a rebuilt payload could not describe one event in two ways.
/// </summary>
/// <remarks>
/// Body shape (compact JSON, UTF-8, money as integer minor units plus ISO currency):
/// <code>
/// {"id":"m1/ord_1/v3/payment-succeeded","type":"payment.succeeded","api_version":"2026-11-01",
///  "created_at":"2026-11-23T10:00:00.0000000+00:00","merchant_id":"m1",
///  "data":{"out_trade_no":"ord_1","order_version":3,"source":"channel_notification",
///          "amount":{"minor_units":1234,"currency":"CNY"},"channel":"alipay","attempt":1,
///          "channel_out_trade_no":"ord_1_1","channel_trade_no":"2026..."}}
/// </code>
/// </remarks>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookPayload")]
public sealed class WebhookPayload
{
    /// <summary>The payload format version written as <c>api_version</c>.</summary>
    public const string ApiVersion = "2026-11-01";

    /// <summary>Wraps bytes that were built earlier (e.g. loaded from storage).</summary>
    public WebhookPayload(string eventId, string eventType, ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        EventId = eventId;
        EventType = eventType;
        Body = body;
    }

    /// <summary>The event id (<see cref="PaymentEvent.EventId"/>), unique per event and stable across redeliveries.</summary>
    [Id(0)]
    public string EventId { get; }

    /// <summary>The public event type, e.g. <c>payment.succeeded</c>.</summary>
    [Id(1)]
    public string EventType { get; }

    /// <summary>The UTF-8 JSON body, exactly as it goes on the wire.</summary>
    [Id(2)]
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body as text (for operators; the bytes are what is signed and sent).</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>The public type name of an event: <c>order.created</c>, <c>payment.succeeded</c>, ….</summary>
    public static string TypeOf(PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        return paymentEvent switch
        {
            OrderCreated => "order.created",
            PaymentSucceeded => "payment.succeeded",
            PaymentFailed => "payment.failed",
            RefundSucceeded => "refund.succeeded",
            RefundFailed => "refund.failed",
            OrderClosed => "order.closed",
            _ => paymentEvent.Kind,
        };
    }

    /// <summary>Builds the payload of an event.</summary>
    public static WebhookPayload Create(PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        var type = TypeOf(paymentEvent);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", paymentEvent.EventId);
            json.WriteString("type", type);
            json.WriteString("api_version", ApiVersion);
            json.WriteString("created_at", Timestamp(paymentEvent.OccurredAt));
            json.WriteString("merchant_id", paymentEvent.MerchantId);
            json.WriteStartObject("data");
            json.WriteString("out_trade_no", paymentEvent.OutTradeNo);
            json.WriteNumber("order_version", paymentEvent.OrderVersion);
            json.WriteString("source", SnakeCase(paymentEvent.Source.ToString()));
            WriteDetails(json, paymentEvent);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new WebhookPayload(paymentEvent.EventId, type, buffer.WrittenMemory.ToArray());
    }

    private static void WriteDetails(Utf8JsonWriter json, PaymentEvent paymentEvent)
    {
        switch (paymentEvent)
        {
            case OrderCreated created:
                WriteMoney(json, "amount", created.Amount);
                json.WriteString("channel", SnakeCase(created.Channel.ToString()));
                json.WriteString("member_id", created.MemberId);
                break;
            case PaymentSucceeded succeeded:
                WriteMoney(json, "amount", succeeded.Amount);
                json.WriteString("channel", SnakeCase(succeeded.Channel.ToString()));
                json.WriteNumber("attempt", succeeded.Attempt);
                json.WriteString("channel_out_trade_no", succeeded.ChannelOutTradeNo);
                json.WriteString("channel_trade_no", succeeded.ChannelTradeNo);
                break;
            case PaymentFailed failed:
                json.WriteNumber("attempt", failed.Attempt);
                json.WriteString("channel_out_trade_no", failed.ChannelOutTradeNo);
                json.WriteString("failure_code", failed.FailureCode);
                json.WriteString("failure_message", failed.FailureMessage);
                break;
            case RefundSucceeded refunded:
                json.WriteString("out_refund_no", refunded.OutRefundNo);
                WriteMoney(json, "amount", refunded.Amount);
                WriteMoney(json, "total_refunded", refunded.TotalRefunded);
                json.WriteBoolean("fully_refunded", refunded.FullyRefunded);
                break;
            case RefundFailed refundFailed:
                json.WriteString("out_refund_no", refundFailed.OutRefundNo);
                WriteMoney(json, "amount", refundFailed.Amount);
                json.WriteString("failure_code", refundFailed.FailureCode);
                break;
            case OrderClosed closed:
                json.WriteString("reason", SnakeCase(closed.Reason.ToString()));
                break;
            default:
                break;
        }
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, Money money)
    {
        json.WriteStartObject(name);
        json.WriteNumber("minor_units", money.MinorUnits);
        json.WriteString("currency", money.Currency.Code);
        json.WriteEndObject();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string SnakeCase(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
