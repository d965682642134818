namespace FacePay.Domain;

/// <summary>What authorises the member's money to be taken for a payment attempt.</summary>
[GenerateSerializer, Alias("FacePay.PaymentAuthorization")]
public enum PaymentAuthorization
{
    /// <summary>A face verification for this order, member and amount (the order must be ReadyToPay).</summary>
    FaceVerification = 1,

    /// <summary>
    /// The member's standing withholding agreement (Alipay agreement / WeChat contract); the caller deliberately
    /// skips face verification, so the payment may start from Created (or Failed, for a new attempt).
    /// </summary>
    WithholdingAgreement = 2,
}
