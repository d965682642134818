namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>POST /v1/orders/{outTradeNo}/verifications</c>.</summary>
/// <param name="MemberId">The member expected to pay (the order's member, enrolled).</param>
/// <param name="LifetimeSeconds">A shorter session window than the cluster's default, if the kiosk wants one.</param>
public sealed record StartVerificationRequest(string? MemberId, int? LifetimeSeconds);
