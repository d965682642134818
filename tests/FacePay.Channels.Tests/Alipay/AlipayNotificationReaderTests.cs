using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayNotificationReaderTests
{
    private static string Body(string appId, string sellerId)
    {
        var p = new List<KeyValuePair<string, string?>>
        {
            new("notify_id", "N1"),
            new("notify_type", "trade_status_sync"),
            new("app_id", appId),
            new("out_trade_no", "FP-1-1"),
            new("trade_status", "TRADE_SUCCESS"),
            new("total_amount", "12.34"),
            new("seller_id", sellerId),
        };
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        p.Add(new("sign", signer.SignNotification(p)));
        p.Add(new("sign_type", "RSA2"));
        return AlipayFormParameters.Encode(p);
    }

    private static AlipayNotificationReader Reader(string? sellerId)
    {
        using var gateway = new FakeAlipayGateway(_ => string.Empty);
        gateway.Options.SellerId = sellerId;
        var options = Options.Create(gateway.Options);
        return new AlipayNotificationReader(new AlipayCredentials(options), options);
    }

    [Fact]
    public void Notification_for_our_app_and_seller_is_accepted()
    {
        var result = Reader("2088000000000001").Read(Body(FakeAlipayGateway.AppId, "2088000000000001"));

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(1234L, result.Value.TotalAmountFen);
    }

    [Fact]
    public void Genuine_notification_for_another_app_is_the_wrong_recipient()
    {
        Assert.Equal(VerificationFailure.WrongRecipient, Reader(null).Read(Body("2021999999999999", "2088000000000001")).Failure);
    }

    [Fact]
    public void Genuine_notification_for_another_seller_is_the_wrong_recipient()
    {
        Assert.Equal(VerificationFailure.WrongRecipient, Reader("2088000000000001").Read(Body(FakeAlipayGateway.AppId, "2088000000000002")).Failure);
    }

    [Fact]
    public void Acknowledgement_is_the_seven_byte_text_success()
    {
        Assert.Equal(7, System.Text.Encoding.UTF8.GetByteCount(AlipayNotificationReader.Acknowledgement));
    }
}
