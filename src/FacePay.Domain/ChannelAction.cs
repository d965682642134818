namespace FacePay.Domain;

/// <summary>What the caller (the order grain) must do at the channel after persisting the decision.</summary>
[GenerateSerializer, Alias("FacePay.ChannelAction")]
public enum ChannelAction
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Send the charge for <see cref="OrderDecision.Attempt"/> (same out_trade_no on every retry).</summary>
    Pay = 1,

    /// <summary>The outcome is unknown: query the channel for <see cref="OrderDecision.Attempt"/> (by reminder/timer).</summary>
    Query = 2,

    /// <summary>Retry the same call with the same out_trade_no (retryable error).</summary>
    RetrySameAttempt = 3,

    /// <summary>Cancel/reverse/close the in-flight attempt at the channel, then report the result.</summary>
    CancelAttempt = 4,

    /// <summary>Send the refund in <see cref="OrderDecision.Refund"/> to the channel.</summary>
    Refund = 5,

    /// <summary>Alert an operator: the channel moved money the order cannot accept (a charge on an abandoned
    /// attempt or closed order, or a refund beyond the paid amount); it must be reversed or repaired.</summary>
    ReverseUnexpectedCharge = 6,

    /// <summary>Alert an operator: the channel reported an amount or currency that differs from the order's.</summary>
    AlertAmountMismatch = 7,
}
