using System.Text;
using System.Text.Json;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Fakes;
using FacePay.Channels.WechatPay;
using FsCheck.Xunit;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayNotificationReaderTests
{
    private const string Transaction = """{"mchid":"1900000001","appid":"wx0000000000000001","out_trade_no":"FP-1-1","transaction_id":"4200000001","trade_state":"SUCCESS","success_time":"2026-11-23T20:00:05+08:00","payer":{"openid":"o1"},"amount":{"total":1234,"payer_total":1234,"currency":"CNY","payer_currency":"CNY"}}""";

    private static (WechatPayNotificationReader Reader, WechatPayResponseSigner Signer, WechatPayCredentials Credentials) Create(FakeWechatPayGateway gateway)
    {
        var credentials = new WechatPayCredentials(Options.Create(gateway.Options), gateway.Time);
        return (new WechatPayNotificationReader(credentials), gateway.ResponseSigner, credentials);
    }

    private static byte[] NotificationBody(string plaintext, string eventType = "TRANSACTION.SUCCESS", string associatedData = "transaction")
    {
        var resource = new WechatPayResourceEncryptor(FakeWechatPayGateway.ApiV3Key).EncryptResource(plaintext, associatedData, associatedData);
        return JsonSerializer.SerializeToUtf8Bytes(new WechatPayNotificationEnvelope("EV-1", "2026-11-23T20:00:06+08:00", eventType, "encrypt-resource", "支付成功", resource));
    }

    [Fact]
    public void Signed_encrypted_transaction_notification_reads_into_a_typed_resource()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, "{}"));
        var (reader, signer, credentials) = Create(gateway);
        using var _ = credentials;
        var body = NotificationBody(Transaction);

        var notification = reader.Read(signer.Sign(body), body);

        Assert.True(notification.IsValid, notification.Detail);
        Assert.Equal(("EV-1", "TRANSACTION.SUCCESS", "transaction"), (notification.Value.Id, notification.Value.EventType, notification.Value.OriginalType));
        var transaction = WechatPayTransactionResource.Parse(notification.Value.Plaintext);
        Assert.True(transaction.IsValid);
        Assert.Equal(("FP-1-1", "4200000001", ChannelTradeStatus.Paid, 1234L, "1900000001"), (transaction.Value.OutTradeNo, transaction.Value.TransactionId, transaction.Value.Status, transaction.Value.Total, transaction.Value.MchId));
    }

    [Fact]
    public void Refund_notification_resource_reads_amounts_in_fen()
    {
        var refund = WechatPayRefundResource.Parse("""{"mchid":"1900000001","out_trade_no":"FP-1-1","transaction_id":"42","out_refund_no":"RF-1","refund_id":"50","refund_status":"SUCCESS","success_time":"2026-11-23T20:10:00+08:00","amount":{"total":1234,"refund":500,"payer_total":1234,"payer_refund":500}}""");

        Assert.True(refund.IsValid);
        Assert.Equal(("RF-1", ChannelRefundStatus.Success, 500L, 1234L), (refund.Value.OutRefundNo, refund.Value.Status, refund.Value.Refund, refund.Value.Total));
    }

    [Fact]
    public void Notification_is_validated_before_decryption_a_tampered_body_is_a_mismatch()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, "{}"));
        var (reader, signer, credentials) = Create(gateway);
        using var _ = credentials;
        var body = NotificationBody(Transaction);
        var headers = signer.Sign(body);
        var tampered = NotificationBody(Transaction.Replace("1234", "1", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.SignatureMismatch, reader.Read(headers, tampered).Failure);
    }

    [Fact]
    public void Notification_encrypted_with_another_api_v3_key_fails_authentication()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, "{}"));
        var (reader, signer, credentials) = Create(gateway);
        using var _ = credentials;
        var resource = new WechatPayResourceEncryptor("vutsrqponmlkjihgfedcba9876543210").EncryptResource(Transaction, "transaction", "transaction");
        var body = JsonSerializer.SerializeToUtf8Bytes(new WechatPayNotificationEnvelope("EV-2", null, "TRANSACTION.SUCCESS", "encrypt-resource", null, resource));

        Assert.Equal(VerificationFailure.AuthenticationFailed, reader.Read(signer.Sign(body), body).Failure);
    }

    [Fact]
    public void Replayed_notification_older_than_five_minutes_is_stale()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, "{}"));
        var (reader, signer, credentials) = Create(gateway);
        using var _ = credentials;
        var body = NotificationBody(Transaction);
        var headers = signer.Sign(body);
        gateway.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(VerificationFailure.StaleTimestamp, reader.Read(headers, body).Failure);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"out_trade_no":"FP"}""")]
    [InlineData("not json")]
    public void Malformed_transaction_resource_is_malformed_body(string plaintext)
    {
        Assert.Equal(VerificationFailure.MalformedBody, WechatPayTransactionResource.Parse(plaintext).Failure);
        Assert.Equal(VerificationFailure.MalformedBody, WechatPayRefundResource.Parse(plaintext).Failure);
    }

    [Property(MaxTest = 300)]
    public bool Resource_parsers_never_throw(string? plaintext)
    {
        _ = WechatPayTransactionResource.Parse(plaintext ?? string.Empty);
        _ = WechatPayRefundResource.Parse(plaintext ?? string.Empty);
        return true;
    }

    [Fact]
    public void Notification_body_text_is_utf8_json()
    {
        Assert.StartsWith("{\"id\":\"EV-1\"", Encoding.UTF8.GetString(NotificationBody(Transaction)), StringComparison.Ordinal);
    }
}
