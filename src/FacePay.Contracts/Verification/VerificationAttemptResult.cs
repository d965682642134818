using FacePay.Domain.Verification;

namespace FacePay.Contracts.Verification;

/// <summary>
/// The answer to one submitted capture. <see cref="Refusal"/> set: nothing was analysed and no attempt was used
/// (except <see cref="SubmissionRefusal.OrderRefused"/>, where the match was voided). Otherwise the capture was an
/// attempt: <see cref="Outcome"/> says whether it matched.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationAttemptResult")]
public sealed record VerificationAttemptResult
{
    /// <summary>Why the capture was not taken as an attempt, or <see cref="SubmissionRefusal.None"/>.</summary>
    [Id(0)]
    public SubmissionRefusal Refusal { get; init; }

    /// <summary>The attempt's outcome when it was one.</summary>
    [Id(1)]
    public AttemptOutcome? Outcome { get; init; }

    /// <summary>The quality gate that rejected the face, when <see cref="AttemptOutcome.FaceRejected"/>.</summary>
    [Id(2)]
    public FaceCheckReason FaceReason { get; init; }

    /// <summary>What happened, for the device's screen and the developer.</summary>
    [Id(3)]
    public string Message { get; init; } = string.Empty;

    /// <summary>Attempts still allowed.</summary>
    [Id(4)]
    public int AttemptsLeft { get; init; }

    /// <summary>The session's status afterwards.</summary>
    [Id(5)]
    public VerificationSessionStatus Status { get; init; }

    /// <summary>Cosine similarity with the member's template, when compared.</summary>
    [Id(6)]
    public double? Similarity { get; init; }

    /// <summary>Liveness score, when that stage ran.</summary>
    [Id(7)]
    public double? Liveness { get; init; }

    /// <summary>The single-use verification token on a match (the order records it; the payment redeems it).</summary>
    [Id(8)]
    public string? TokenId { get; init; }

    /// <summary>When the token expires.</summary>
    [Id(9)]
    public DateTimeOffset? TokenExpiresAt { get; init; }

    /// <summary>True when this capture matched and the order accepted the verification.</summary>
    public bool Verified => Refusal == SubmissionRefusal.None && Outcome == AttemptOutcome.Matched;
}
