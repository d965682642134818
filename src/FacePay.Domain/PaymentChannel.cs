namespace FacePay.Domain;

/// <summary>The payment channel that charges the member.</summary>
[GenerateSerializer, Alias("FacePay.PaymentChannel")]
public enum PaymentChannel
{
    /// <summary>Alipay OpenAPI.</summary>
    Alipay = 1,

    /// <summary>WeChat Pay API v3.</summary>
    WechatPay = 2,
}
