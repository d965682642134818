using System.Text.Json;
using FacePay.Domain.Events;
using FacePay.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests.Webhooks;

public sealed class WebhookPayloadTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private static PaymentSucceeded Succeeded() =>
        new(Key, 5, T0, ChangeSource.ChannelNotification, Amount, PaymentChannel.WechatPay, 1, "order_0001_1", "4200001");

    [Fact]
    public void Same_event_gives_byte_identical_bodies()
    {
        var first = WebhookPayload.Create(Succeeded());
        var second = WebhookPayload.Create(Succeeded());

        Assert.Equal(first.Body.ToArray(), second.Body.ToArray());
    }

    [Fact]
    public void Body_carries_id_type_merchant_and_money_as_integer_minor_units()
    {
        var payload = WebhookPayload.Create(Succeeded());

        using var json = JsonDocument.Parse(payload.Body);
        var root = json.RootElement;
        Assert.Equal("m001/order_0001/v5/payment-succeeded", root.GetProperty("id").GetString());
        Assert.Equal("payment.succeeded", root.GetProperty("type").GetString());
        Assert.Equal("m001", root.GetProperty("merchant_id").GetString());
        Assert.Equal("2026-11-23T12:00:00.0000000+00:00", root.GetProperty("created_at").GetString());
        var data = root.GetProperty("data");
        Assert.Equal("order_0001", data.GetProperty("out_trade_no").GetString());
        Assert.Equal(5, data.GetProperty("order_version").GetInt64());
        Assert.Equal("channel_notification", data.GetProperty("source").GetString());
        Assert.Equal("wechat_pay", data.GetProperty("channel").GetString());
        Assert.Equal(JsonValueKind.Number, data.GetProperty("amount").GetProperty("minor_units").ValueKind);
        Assert.Equal(1234, data.GetProperty("amount").GetProperty("minor_units").GetInt64());
        Assert.Equal("CNY", data.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal("4200001", data.GetProperty("channel_trade_no").GetString());
        Assert.Equal(payload.EventId, root.GetProperty("id").GetString());
    }

    [Fact]
    public void Every_event_kind_has_a_public_type()
    {
        PaymentEvent[] events =
        [
            new OrderCreated(Key, 1, T0, ChangeSource.Api, Amount, PaymentChannel.Alipay, "member-1"),
            Succeeded(),
            new PaymentFailed(Key, 5, T0, ChangeSource.ChannelResponse, 1, "order_0001_1", "NOTENOUGH", "余额不足"),
            new RefundSucceeded(Key, 7, T0, ChangeSource.ChannelQuery, "r1", Amount, Amount, true),
            new RefundFailed(Key, 7, T0, ChangeSource.ChannelQuery, "r2", Amount, "REFUND_FAIL"),
            new OrderClosed(Key, 2, T0, ChangeSource.Reminder, CloseReason.Expired),
        ];

        var types = events.Select(e => JsonDocument.Parse(WebhookPayload.Create(e).Body).RootElement.GetProperty("type").GetString());

        Assert.Equal(
            ["order.created", "payment.succeeded", "payment.failed", "refund.succeeded", "refund.failed", "order.closed"],
            types);
    }

    [Fact]
    public void Stored_payload_round_trips_through_the_orleans_serializer_byte_for_byte()
    {
        var payload = WebhookPayload.Create(Succeeded());
        var serializer = _services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<WebhookPayload>(serializer.SerializeToArray(payload))!;

        Assert.Equal(payload.EventId, copy.EventId);
        Assert.Equal(payload.EventType, copy.EventType);
        Assert.Equal(payload.Body.ToArray(), copy.Body.ToArray());
    }

    public void Dispose() => _services.Dispose();
}
