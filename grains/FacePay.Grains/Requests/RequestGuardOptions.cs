using System.ComponentModel.DataAnnotations;

namespace FacePay.Grains.Requests;

/// <summary>Limits of the request guards (nonces and idempotency keys), bound from <c>FacePay:RequestGuards</c>.</summary>
public sealed class RequestGuardOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:RequestGuards";

    /// <summary>How far a signed timestamp may be from the silo's clock; must match the Merchant API's window.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most nonces remembered per merchant and bucket (memory bound; rate limits keep real traffic far below).</summary>
    [Range(1_000, 10_000_000)]
    public int MaxNoncesPerBucket { get; set; } = 1_000_000;

    /// <summary>How long a request may hold its idempotency key before a retry may run it again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan IdempotencyLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a completed response is replayed to retries.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);
}
