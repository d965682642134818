namespace FacePay.MerchantApi.Limits;

/// <summary>Endpoint metadata: the largest request body the endpoint accepts (others get the JSON limit).</summary>
/// <param name="Bytes">The limit in bytes.</param>
public sealed record RequestBodyLimit(long Bytes);
