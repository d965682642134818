using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.RateLimiting;

/// <summary>
/// Per-merchant token buckets (ASP.NET Core rate limiter), partitioned by the authenticated merchant: a merchant over
/// its limit gets 429 with <c>Retry-After</c> (seconds until a token is back) and a problem body; other merchants are
/// unaffected. Limits are per API instance.
/// </summary>
public static class MerchantRateLimiting
{
    /// <summary>The policy name the <c>/v1</c> group requires.</summary>
    public const string Policy = "merchant";

    /// <summary>Registers the limiter.</summary>
    public static IServiceCollection AddMerchantRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                var merchantId = context.User.FindFirstValue(MerchantClaims.MerchantId) ?? string.Empty;
                var options = context.RequestServices.GetRequiredService<IOptions<MerchantApiOptions>>().Value;
                var limit = options.Merchants.TryGetValue(merchantId, out var merchant) && merchant.RateLimit is { } own ? own : options.DefaultRateLimit;
                return RateLimitPartition.GetTokenBucketLimiter(merchantId, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit.Burst,
                    TokensPerPeriod = limit.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemTypes.Create(
                StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Too many requests.", $"The merchant's rate limit is exhausted; retry after {seconds} second(s)."),
        });
    }
}
