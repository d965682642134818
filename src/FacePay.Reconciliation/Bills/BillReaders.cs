using FacePay.Domain;

namespace FacePay.Reconciliation.Bills;

/// <summary>The bill reader of each channel.</summary>
public static class BillReaders
{
    /// <summary>The reader for <paramref name="channel"/>'s bill format.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The reader.</returns>
    public static IBillReader For(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => new AlipayBillReader(),
        PaymentChannel.WechatPay => new WechatPayBillReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "No bill reader for this channel."),
    };
}
