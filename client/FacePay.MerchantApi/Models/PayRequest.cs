namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>POST /v1/orders/{outTradeNo}/pay</c>.</summary>
/// <param name="VerificationToken">The token the matching capture returned.</param>
/// <param name="PayerCode">The kiosk's payer code from the channel's face SDK (Alipay <c>fp…</c>, WeChat face code).</param>
/// <param name="DeviceId">The kiosk.</param>
public sealed record PayRequest(string? VerificationToken, string? PayerCode, string? DeviceId);
