using System.Diagnostics.CodeAnalysis;
using FacePay.Domain;

namespace FacePay.MerchantApi.Models;

/// <summary>The lower-case channel names used on the HTTP API.</summary>
public static class ChannelNames
{
    /// <summary>Alipay.</summary>
    public const string Alipay = "alipay";

    /// <summary>WeChat Pay.</summary>
    public const string WechatPay = "wechatpay";

    /// <summary>The API name of a channel.</summary>
    public static string ToName(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => Alipay,
        PaymentChannel.WechatPay => WechatPay,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown payment channel."),
    };

    /// <summary>Parses an API channel name, case-insensitively.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out PaymentChannel channel)
    {
        channel = default;
        if (string.Equals(name, Alipay, StringComparison.OrdinalIgnoreCase))
        {
            channel = PaymentChannel.Alipay;
            return true;
        }

        if (string.Equals(name, WechatPay, StringComparison.OrdinalIgnoreCase))
        {
            channel = PaymentChannel.WechatPay;
            return true;
        }

        return false;
    }
}
