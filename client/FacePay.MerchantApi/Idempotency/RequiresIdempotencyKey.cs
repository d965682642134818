namespace FacePay.MerchantApi.Idempotency;

/// <summary>Endpoint metadata: POSTs to this endpoint must carry an <c>Idempotency-Key</c> and are deduplicated by it.</summary>
public sealed class RequiresIdempotencyKey
{
    /// <summary>The shared instance.</summary>
    public static RequiresIdempotencyKey Instance { get; } = new();
}
