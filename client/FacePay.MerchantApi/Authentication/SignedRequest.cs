namespace FacePay.MerchantApi.Authentication;

/// <summary>What authentication learned about a request, for later middleware (idempotency fingerprints).</summary>
/// <param name="MerchantId">The merchant.</param>
/// <param name="BodySha256">Lowercase hex SHA-256 of the body.</param>
public sealed record SignedRequest(string MerchantId, string BodySha256);
