using FacePay.Domain.Events;

namespace FacePay.Domain.Tests.Operations;

/// <summary>Payment events of one test merchant, as orders publish them.</summary>
internal static class OperationEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static OrderKey Key(string outTradeNo) => new("m001", outTradeNo);

    public static OrderCreated Created(string no, DateTimeOffset at, PaymentChannel channel = PaymentChannel.Alipay, TimeSpan? expiresIn = null) =>
        new(Key(no), 1, at, ChangeSource.Api, Money.Of(1234, "CNY"), channel, "member_1", at + (expiresIn ?? TimeSpan.FromMinutes(15)));

    public static PaymentSucceeded Paid(string no, DateTimeOffset at, long version = 4, PaymentChannel channel = PaymentChannel.Alipay) =>
        new(Key(no), version, at, ChangeSource.ChannelResponse, Money.Of(1234, "CNY"), channel, 1, Key(no).ChannelOutTradeNo(1), "2026112300001");

    public static PaymentFailed Failed(string no, DateTimeOffset at, long version = 4, string code = "ACQ.TRADE_HAS_CLOSE", PaymentChannel? channel = PaymentChannel.Alipay) =>
        new(Key(no), version, at, ChangeSource.ChannelResponse, 1, Key(no).ChannelOutTradeNo(1), code, "the trade was closed", channel);

    public static PaymentOutcomeUnknown Unknown(string no, DateTimeOffset at, long version = 4, PaymentChannel channel = PaymentChannel.WechatPay) =>
        new(Key(no), version, at, ChangeSource.ChannelResponse, channel, 1, Key(no).ChannelOutTradeNo(1), "USERPAYING");

    public static OrderClosed Closed(string no, DateTimeOffset at, long version = 2, CloseReason reason = CloseReason.Expired) =>
        new(Key(no), version, at, ChangeSource.Reminder, reason, PaymentChannel.Alipay);

    public static RefundSucceeded Refunded(string no, DateTimeOffset at, long version, bool full) =>
        new(Key(no), version, at, ChangeSource.ChannelResponse, "r1", Money.Of(1234, "CNY"), Money.Of(1234, "CNY"), full);
}
