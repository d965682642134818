using FacePay.Domain;
using FacePay.Domain.Verification;

namespace FacePay.Contracts.Verification;

/// <summary>A verification session as clients may see it (no image hashes, no token id).</summary>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationSessionView")]
public sealed record VerificationSessionView
{
    /// <summary>The session id.</summary>
    [Id(0)]
    public required Guid SessionId { get; init; }

    /// <summary>The order being verified.</summary>
    [Id(1)]
    public required string OrderKey { get; init; }

    /// <summary>The member whose face must match.</summary>
    [Id(2)]
    public required string MemberId { get; init; }

    /// <summary>The amount the verification is bound to.</summary>
    [Id(3)]
    public required Money Amount { get; init; }

    /// <summary>Challenge for the capturing device.</summary>
    [Id(4)]
    public required string ChallengeNonce { get; init; }

    /// <summary>When the session stops accepting captures.</summary>
    [Id(5)]
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Attempts still allowed.</summary>
    [Id(6)]
    public required int AttemptsLeft { get; init; }

    /// <summary>Where the session stands.</summary>
    [Id(7)]
    public required VerificationSessionStatus Status { get; init; }

    /// <summary>The projection of a domain session.</summary>
    public static VerificationSessionView From(Guid sessionId, VerificationSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new VerificationSessionView
        {
            SessionId = sessionId,
            OrderKey = session.OrderKey,
            MemberId = session.MemberId,
            Amount = session.Amount,
            ChallengeNonce = session.ChallengeNonce,
            ExpiresAt = session.ExpiresAt,
            AttemptsLeft = session.AttemptsLeft,
            Status = session.Status,
        };
    }
}
