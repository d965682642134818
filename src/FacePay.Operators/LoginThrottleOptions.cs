using System.ComponentModel.DataAnnotations;

namespace FacePay.Operators;

/// <summary>How failed operator logins are slowed down (per account name and per client address).</summary>
public sealed class LoginThrottleOptions
{
    /// <summary>Failures allowed for one account name within <see cref="Window"/> before its logins are refused (default 5).</summary>
    [Range(1, 1000)]
    public int MaxFailures { get; set; } = 5;

    /// <summary>Failures allowed from one client address within <see cref="Window"/> (default 20: operators may share an address).</summary>
    [Range(1, 100_000)]
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>The window failures are counted in (default 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long logins are refused once the limit is reached (default 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);
}
