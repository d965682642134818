namespace FacePay.Client;

/// <summary>Pays an order whose face verification succeeded.</summary>
/// <param name="VerificationToken">The single-use token the matching capture returned (<see cref="IFacePayClient.SubmitCaptureAsync"/>).</param>
/// <param name="PayerCode">The kiosk's payer code from the channel's face SDK (Alipay face token <c>fp…</c>, WeChat face code).</param>
/// <param name="DeviceId">The kiosk, for the channel's scene information.</param>
public sealed record FacePayment(string VerificationToken, string PayerCode, string? DeviceId = null);
