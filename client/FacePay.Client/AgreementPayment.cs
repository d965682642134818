namespace FacePay.Client;

/// <summary>
/// Pays an order under the member's standing withholding agreement (Alipay agreement, WeChat contract), deliberately
/// without a face verification.
/// </summary>
/// <param name="AgreementNo">The agreement to charge; null uses the one recorded on the member.</param>
/// <param name="DeviceId">The device or terminal, for the channel's scene information.</param>
public sealed record AgreementPayment(string? AgreementNo = null, string? DeviceId = null);
