namespace FacePay.Channels.Abstractions;

/// <summary>What every channel result carries, so retry and circuit-breaking rules can read any of them.</summary>
public interface IChannelResult
{
    /// <summary>How the call ended.</summary>
    ChannelOutcome Outcome { get; }

    /// <summary>The channel's (or our) error code, when the call did not succeed.</summary>
    string? ErrorCode { get; }

    /// <summary>The error message, when the call did not succeed.</summary>
    string? ErrorMessage { get; }
}
