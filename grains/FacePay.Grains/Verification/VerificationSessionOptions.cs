namespace FacePay.Grains.Verification;

/// <summary>Rules of verification sessions, bound from <c>Face:Sessions</c> and validated at start.</summary>
public sealed class VerificationSessionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Face:Sessions";

    /// <summary>How long a session accepts captures (a device may ask for less, never more).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Analysed captures allowed per session.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long the verification token can be redeemed after the match.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
