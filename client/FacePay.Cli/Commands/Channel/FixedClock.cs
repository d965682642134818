namespace FacePay.Cli.Commands.Channel;

/// <summary>A clock stopped at one instant: checks a saved notification's timestamp window as of when it was received.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
