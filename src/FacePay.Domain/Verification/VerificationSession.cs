using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace FacePay.Domain.Verification;

/// <summary>
/// One face verification for one order attempt, as plain rules: a challenge nonce, an expiry, at most
/// <see cref="MaxAttempts"/> analysed captures, replay detection by image hash, and on a match a single-use token
/// bound to (order, member, amount). Immutable: every rule returns a new session (or the same one when nothing
/// changes). No I/O; the grain does the face analysis, the persistence and the call to the order.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationSession")]
public sealed record VerificationSession
{
    /// <summary>Attempts per session unless configured otherwise.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The session (grain) id.</summary>
    [Id(0)]
    public required string SessionId { get; init; }

    /// <summary>The order being verified, <c>{merchantId}/{outTradeNo}</c>.</summary>
    [Id(1)]
    public required string OrderKey { get; init; }

    /// <summary>The member whose face must match (the order's member).</summary>
    [Id(2)]
    public required string MemberId { get; init; }

    /// <summary>The order's amount, which the token is bound to.</summary>
    [Id(3)]
    public required Money Amount { get; init; }

    /// <summary>Random challenge for the capturing device (lets a kiosk bind its capture to this session).</summary>
    [Id(4)]
    public required string ChallengeNonce { get; init; }

    /// <summary>When the session opened.</summary>
    [Id(5)]
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>From this instant no capture is accepted.</summary>
    [Id(6)]
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>How many captures may be analysed.</summary>
    [Id(7)]
    public required int MaxAttempts { get; init; }

    /// <summary>Where the session stands.</summary>
    [Id(8)]
    public VerificationSessionStatus Status { get; private init; } = VerificationSessionStatus.Open;

    /// <summary>Every analysed capture, in order.</summary>
    [Id(9)]
    public ImmutableList<VerificationAttempt> Attempts { get; private init; } = [];

    /// <summary>The token issued on a match (null before, and after the session was voided).</summary>
    [Id(10)]
    public VerificationToken? Token { get; private init; }

    /// <summary>When the session stopped being open.</summary>
    [Id(11)]
    public DateTimeOffset? ConcludedAt { get; private init; }

    /// <summary>Attempts still allowed.</summary>
    public int AttemptsLeft => Math.Max(0, MaxAttempts - Attempts.Count);

    /// <summary>Opens a session.</summary>
    /// <exception cref="ArgumentException">An id is empty, the amount is not positive, the lifetime is not positive or
    /// fewer than one attempt is allowed.</exception>
    public static VerificationSession Open(
        string sessionId,
        string orderKey,
        string memberId,
        Money amount,
        string challengeNonce,
        DateTimeOffset now,
        TimeSpan lifetime,
        int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(challengeNonce);
        if (!amount.IsPositive)
        {
            throw new ArgumentException("A verification is bound to a positive amount.", nameof(amount));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return new VerificationSession
        {
            SessionId = sessionId,
            OrderKey = orderKey,
            MemberId = memberId,
            Amount = amount,
            ChallengeNonce = challengeNonce,
            StartedAt = now,
            ExpiresAt = now + lifetime,
            MaxAttempts = maxAttempts,
        };
    }

    /// <summary>Whether the session's time is up at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>
    /// Whether a capture with this hash may be analysed now. Refusals use up no attempt. A concluded session answers
    /// for its conclusion; an open one refuses after expiry and refuses bytes it has already analysed.
    /// </summary>
    public SubmissionRefusal CheckSubmission(string imageSha256, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(imageSha256);
        return Status switch
        {
            VerificationSessionStatus.Verified => SubmissionRefusal.AlreadyVerified,
            VerificationSessionStatus.Failed => SubmissionRefusal.AttemptsExhausted,
            VerificationSessionStatus.Expired => SubmissionRefusal.Expired,
            VerificationSessionStatus.Voided => SubmissionRefusal.SessionVoided,
            _ when IsExpiredAt(now) => SubmissionRefusal.Expired,
            _ when Attempts.Exists(a => string.Equals(a.ImageSha256, imageSha256, StringComparison.Ordinal)) => SubmissionRefusal.ReplayedImage,
            _ when AttemptsLeft == 0 => SubmissionRefusal.AttemptsExhausted,
            _ => SubmissionRefusal.None,
        };
    }

    /// <summary>Concludes an open session whose time is up as <see cref="VerificationSessionStatus.Expired"/>; otherwise unchanged.</summary>
    public VerificationSession Expire(DateTimeOffset now) =>
        Status == VerificationSessionStatus.Open && IsExpiredAt(now)
            ? this with { Status = VerificationSessionStatus.Expired, ConcludedAt = now }
            : this;

    /// <summary>
    /// Records a capture that did not match (or was rejected by a quality gate). The last allowed attempt concludes
    /// the session as <see cref="VerificationSessionStatus.Failed"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The capture was not allowed (<see cref="CheckSubmission"/>).</exception>
    public VerificationSession RecordFailure(
        string imageSha256, AttemptOutcome outcome, double? similarity, double? liveness, string? reason, DateTimeOffset now)
    {
        if (outcome == AttemptOutcome.Matched)
        {
            throw new ArgumentException("A match is recorded with RecordMatch.", nameof(outcome));
        }

        RequireAllowed(imageSha256, now);
        var attempts = Attempts.Add(new VerificationAttempt(Attempts.Count + 1, now, imageSha256, outcome, similarity, liveness, reason));
        return attempts.Count >= MaxAttempts
            ? this with { Attempts = attempts, Status = VerificationSessionStatus.Failed, ConcludedAt = now }
            : this with { Attempts = attempts };
    }

    /// <summary>Records the matching capture and issues the single-use token bound to this order, member and amount.</summary>
    /// <exception cref="InvalidOperationException">The capture was not allowed (<see cref="CheckSubmission"/>).</exception>
    public VerificationSession RecordMatch(
        string imageSha256, double similarity, double? liveness, string tokenId, DateTimeOffset now, TimeSpan tokenLifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tokenLifetime, TimeSpan.Zero);
        RequireAllowed(imageSha256, now);
        var attempt = new VerificationAttempt(Attempts.Count + 1, now, imageSha256, AttemptOutcome.Matched, similarity, liveness, null);
        return this with
        {
            Attempts = Attempts.Add(attempt),
            Status = VerificationSessionStatus.Verified,
            ConcludedAt = now,
            Token = new VerificationToken(tokenId, OrderKey, MemberId, Amount, now, now + tokenLifetime),
        };
    }

    /// <summary>
    /// Voids a verified session whose success the order refused (the order moved on: superseded, closed, expired):
    /// the token is discarded so it can never be redeemed.
    /// </summary>
    public VerificationSession Void(DateTimeOffset now) =>
        Status == VerificationSessionStatus.Verified
            ? this with { Status = VerificationSessionStatus.Voided, Token = null, ConcludedAt = now }
            : this;

    /// <summary>
    /// Spends the token for <paramref name="orderKey"/> and <paramref name="amount"/>. Refused — and left unspent —
    /// for another order or amount; refused once spent or expired.
    /// </summary>
    public RedemptionDecision Redeem(string tokenId, string orderKey, Money amount, DateTimeOffset now)
    {
        if (Token is not { } token || string.IsNullOrEmpty(tokenId) || !FixedTimeEquals(token.TokenId, tokenId))
        {
            return new RedemptionDecision(this, TokenRedemptionError.UnknownToken);
        }

        var error = token switch
        {
            _ when !string.Equals(token.OrderKey, orderKey, StringComparison.Ordinal) => TokenRedemptionError.WrongOrder,
            _ when token.Amount != amount => TokenRedemptionError.WrongAmount,
            { IsRedeemed: true } => TokenRedemptionError.AlreadyRedeemed,
            _ when now >= token.ExpiresAt => TokenRedemptionError.Expired,
            _ => TokenRedemptionError.None,
        };
        return error == TokenRedemptionError.None
            ? new RedemptionDecision(this with { Token = token with { RedeemedAt = now } }, error)
            : new RedemptionDecision(this, error);
    }

    /// <summary>
    /// What the order must be told once the session concluded: success with the token, or failure (attempts used up
    /// or time ran out). Null while open or after being voided.
    /// </summary>
    public VerificationResult? Conclusion => Status switch
    {
        VerificationSessionStatus.Verified => new VerificationResult(SessionId, true, Token!.TokenId, MemberId, Amount),
        VerificationSessionStatus.Failed or VerificationSessionStatus.Expired => new VerificationResult(SessionId, false),
        _ => null,
    };

    private void RequireAllowed(string imageSha256, DateTimeOffset now)
    {
        var refusal = CheckSubmission(imageSha256, now);
        if (refusal != SubmissionRefusal.None)
        {
            throw new InvalidOperationException($"The capture is not allowed: {refusal}.");
        }
    }

    // Token ids are secrets presented by callers: compare without leaking how many leading characters matched.
    private static bool FixedTimeEquals(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
