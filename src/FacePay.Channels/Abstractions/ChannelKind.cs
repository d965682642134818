namespace FacePay.Channels.Abstractions;

/// <summary>The payment channels we speak to (numbering matches the domain's channel enum).</summary>
public enum ChannelKind
{
    /// <summary>Alipay OpenAPI.</summary>
    Alipay = 1,

    /// <summary>WeChat Pay API v3.</summary>
    WechatPay = 2,
}
