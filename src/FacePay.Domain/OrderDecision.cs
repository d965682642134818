using System.Collections.Immutable;
using FacePay.Domain.Events;

namespace FacePay.Domain;

/// <summary>
/// The order's answer to a command or channel report. When <see cref="Outcome"/> is
/// <see cref="DecisionOutcome.Applied"/>, <see cref="Order"/> is the new version to persist and
/// <see cref="Events"/> are to be published after the write; otherwise <see cref="Order"/> is the very same
/// instance that was asked, unchanged.
/// </summary>
public sealed record OrderDecision
{
    /// <summary>The order after the decision (the same instance unless applied).</summary>
    public required Order Order { get; init; }

    /// <summary>How the order answered.</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Why it refused, or <see cref="OrderError.None"/>.</summary>
    public OrderError Error { get; init; }

    /// <summary>A short explanation for logs and problem details.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Events to publish after persisting (empty unless applied).</summary>
    public ImmutableArray<PaymentEvent> Events { get; init; } = [];

    /// <summary>What the caller must do at the channel next.</summary>
    public ChannelAction Action { get; init; }

    /// <summary>The payment attempt the decision is about, if any (for Pay, Query, CancelAttempt, ...).</summary>
    public PaymentAttempt? Attempt { get; init; }

    /// <summary>The refund the decision is about, if any (the existing one on an idempotent repeat).</summary>
    public Refund? Refund { get; init; }

    /// <summary>Whether a new order version was produced.</summary>
    public bool IsApplied => Outcome == DecisionOutcome.Applied;

    /// <summary>Whether the command was refused.</summary>
    public bool IsRefused => Outcome == DecisionOutcome.Refused;
}
