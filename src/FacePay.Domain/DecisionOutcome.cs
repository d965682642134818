namespace FacePay.Domain;

/// <summary>How the order answered a command or a channel report.</summary>
[GenerateSerializer, Alias("FacePay.DecisionOutcome")]
public enum DecisionOutcome
{
    /// <summary>The change was accepted: a new order version, a history entry, maybe events.</summary>
    Applied = 1,

    /// <summary>The same thing was already applied (a redelivery or retry): nothing changes, acknowledge it.</summary>
    Duplicate = 2,

    /// <summary>Valid but outdated (e.g. a late failure after Paid, a retryable error): nothing changes, acknowledge it.</summary>
    Ignored = 3,

    /// <summary>Not allowed; <see cref="OrderDecision.Error"/> says why. Nothing changes.</summary>
    Refused = 4,
}
