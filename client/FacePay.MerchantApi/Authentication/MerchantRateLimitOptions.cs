namespace FacePay.MerchantApi.Authentication;

/// <summary>A merchant's token bucket: <see cref="Burst"/> requests at once, refilled at <see cref="PermitsPerSecond"/>.</summary>
public sealed class MerchantRateLimitOptions
{
    /// <summary>Sustained requests per second, per API instance.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>The bucket size: how many requests may arrive at once after a quiet period.</summary>
    public int Burst { get; set; } = 100;
}
