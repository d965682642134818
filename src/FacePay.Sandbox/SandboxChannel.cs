namespace FacePay.Sandbox;

/// <summary>The channel a sandbox trade, fault or notification belongs to.</summary>
public enum SandboxChannel
{
    /// <summary>Alipay OpenAPI.</summary>
    Alipay,

    /// <summary>WeChat Pay API v3.</summary>
    WechatPay,
}
