namespace FacePay.MerchantApi.Authentication;

/// <summary>
/// The Merchant API's merchants, keys and limits, bound from <c>FacePay:Api</c> and validated at start
/// (<see cref="MerchantApiOptionsValidator"/>). Secrets belong in environment variables or a secret store, e.g.
/// <c>FacePay__Api__Merchants__m1__ApiKeys__0__Id=key_m1_a</c> and <c>FacePay__Api__Merchants__m1__ApiKeys__0__Secret=…</c>.
/// </summary>
public sealed class MerchantApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Api";

    /// <summary>The merchants allowed to call the API, by merchant id.</summary>
    public Dictionary<string, MerchantOptions> Merchants { get; } = new(StringComparer.Ordinal);

    /// <summary>How far a request's signed timestamp may be from the server's clock, either way (default 5 minutes).</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The rate limit of merchants that do not set their own.</summary>
    public MerchantRateLimitOptions DefaultRateLimit { get; set; } = new();

    /// <summary>Largest JSON request body (bytes).</summary>
    public int MaxJsonBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Largest single image upload (bytes).</summary>
    public int MaxImageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most photos in one enrolment.</summary>
    public int MaxEnrollmentPhotos { get; set; } = 5;

    /// <summary>Largest channel notification body (bytes).</summary>
    public int MaxNotificationBytes { get; set; } = 64 * 1024;
}
