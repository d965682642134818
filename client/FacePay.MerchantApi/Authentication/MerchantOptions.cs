namespace FacePay.MerchantApi.Authentication;

/// <summary>One merchant's API keys and, optionally, its own rate limit.</summary>
public sealed class MerchantOptions
{
    /// <summary>The merchant's keys; several during rotation.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = [];

    /// <summary>This merchant's rate limit; null uses <see cref="MerchantApiOptions.DefaultRateLimit"/>.</summary>
    public MerchantRateLimitOptions? RateLimit { get; set; }
}
