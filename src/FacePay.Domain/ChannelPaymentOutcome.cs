namespace FacePay.Domain;

/// <summary>The classification of a channel answer about a charge (see PROTOCOLS.md, error classes).</summary>
[GenerateSerializer, Alias("FacePay.ChannelPaymentOutcome")]
public enum ChannelPaymentOutcome
{
    /// <summary>The charge succeeded (TRADE_SUCCESS / SUCCESS).</summary>
    Success = 1,

    /// <summary>The charge definitely did not and will not happen (closed, cancelled, refused): do not retry it.</summary>
    DefiniteFailure = 2,

    /// <summary>The outcome is unknown (timeout after send, USERPAYING, system error after send): query, never re-pay blindly.</summary>
    Unknown = 3,

    /// <summary>The call did not reach the channel or was rate limited: the same call may be retried.</summary>
    Retryable = 4,
}
