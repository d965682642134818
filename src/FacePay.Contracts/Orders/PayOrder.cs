using FacePay.Domain;

namespace FacePay.Contracts.Orders;

/// <summary>Charges an order through its channel.</summary>
/// <param name="Authorization">What authorises the charge: a completed face verification or the member's withholding agreement.</param>
/// <param name="PayerCode">The face device's payer code (Alipay face token starting with <c>fp</c>, WeChat face code), if any.</param>
/// <param name="AgreementNo">The member's withholding agreement (Alipay) or contract (WeChat), if any.</param>
/// <param name="DeviceId">The kiosk that captured the face.</param>
/// <param name="VerificationToken">
/// The single-use token of the order's face verification. When given, the order pays only if it is bound to exactly
/// this token, and spends it at its session first. Merchant-facing surfaces (<c>IFacePayClient</c>, the Merchant API)
/// always send it; a cluster-internal caller holding the order grain may omit it.
/// </param>
[GenerateSerializer, Immutable, Alias("FacePay.PayOrder")]
public sealed record PayOrder(
    [property: Id(0)] PaymentAuthorization Authorization,
    [property: Id(1)] string? PayerCode = null,
    [property: Id(2)] string? AgreementNo = null,
    [property: Id(3)] string? DeviceId = null,
    [property: Id(4)] string? VerificationToken = null);
