namespace FacePay.Client;

/// <summary>One call that verifies a capture against the order's member and, on a match, pays.</summary>
/// <param name="MemberId">The member expected to pay.</param>
/// <param name="Image">The capture: encoded JPEG, PNG or WebP bytes (never stored or logged).</param>
/// <param name="PayerCode">The kiosk's payer code from the channel's face SDK.</param>
/// <param name="DeviceId">The kiosk.</param>
/// <param name="SessionId">The session id to use (same id on a retry); null picks a new one.</param>
public sealed record VerifyAndPayRequest(string MemberId, byte[] Image, string PayerCode, string? DeviceId = null, Guid? SessionId = null);
