namespace FacePay.Channels.Abstractions;

/// <summary>How a channel call ended, which decides what the caller may do next.</summary>
public enum ChannelOutcome
{
    /// <summary>The channel gave a definite, verified answer (which may itself be "not found" or "closed").</summary>
    Success = 1,

    /// <summary>The channel definitely refused; nothing happened; do not retry the same request.</summary>
    DefiniteFailure = 2,

    /// <summary>Nothing happened at the channel (not sent, rate limited, system busy before processing); safe to retry the same request.</summary>
    Retryable = 3,

    /// <summary>The request may or may not have taken effect (timeout after sending, system error on pay, user still paying): resolve by query, never by blindly paying again.</summary>
    Unknown = 4,
}
