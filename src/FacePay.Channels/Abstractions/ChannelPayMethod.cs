namespace FacePay.Channels.Abstractions;

/// <summary>What authorises a payment.</summary>
public enum ChannelPayMethod
{
    /// <summary>A code from the payer's device: Alipay face token (<c>scene=security_code</c>), WeChat face/pay code (code pay).</summary>
    PayerCode = 1,

    /// <summary>A stored withholding agreement (Alipay <c>GENERAL_WITHHOLDING</c>); our own face check authorised the charge.</summary>
    Agreement = 2,
}
