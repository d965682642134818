using System.Security.Cryptography;
using FacePay.Contracts;
using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Domain.Verification;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Verification;

/// <summary>
/// One face verification for one order attempt: load, let <see cref="VerificationSession"/> decide, persist, then
/// tell the order. The grain is not reentrant, so concurrent captures on one session are taken one at a time and
/// each sees the attempts and image hashes the previous one wrote. The conclusion (match with its token, or failure
/// after the last attempt or at expiry) is written before the order hears of it and re-sent until the order has
/// answered.
/// </summary>
public sealed partial class VerificationSessionGrain(
    [PersistentState("verificationSession", ProviderNames.GrainStorage)] IPersistentState<VerificationSessionGrainState> state,
    TimeProvider time,
    IOptions<VerificationSessionOptions> options,
    ILogger<VerificationSessionGrain> logger) : Grain, IVerificationSessionGrain
{
    private readonly VerificationSessionOptions _options = options.Value;
    private IGrainTimer? _expiryTimer;

    private VerificationSession? Session => state.State.Session;

    private string SessionId => this.GetPrimaryKey().ToString("N");

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Session is { Status: VerificationSessionStatus.Open } open)
        {
            ScheduleExpiry(open.ExpiresAt);
        }

        // A conclusion written before a crash but never acknowledged by the order is sent again. If the order cannot
        // be reached now, the session still activates; the next call tries again.
        try
        {
            await ReportConclusionIfPendingAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReportFailed(ex, SessionId);
        }
    }

    /// <inheritdoc />
    public async Task<VerificationSessionResult> StartAsync(StartVerificationSession request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Session is { } existing)
        {
            return string.Equals(existing.OrderKey, request.OrderKey, StringComparison.Ordinal)
                && string.Equals(existing.MemberId, request.MemberId, StringComparison.Ordinal)
                ? VerificationSessionResult.Ok(View(existing))
                : VerificationSessionResult.Refused(VerificationStartError.SessionInUse, "This session id is already used for another order or member; use a new one.");
        }

        if (!OrderKey.TryParse(request.OrderKey, out var orderKey) || string.IsNullOrWhiteSpace(request.MemberId))
        {
            return VerificationSessionResult.Refused(VerificationStartError.InvalidRequest, "An order key {merchantId}/{outTradeNo} and a member id are required.");
        }

        var lifetime = request.Lifetime is { } asked && asked < _options.SessionLifetime ? asked : _options.SessionLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            return VerificationSessionResult.Refused(VerificationStartError.InvalidRequest, "The session lifetime must be positive.");
        }

        var order = GrainFactory.GetGrain<IOrderGrain>(orderKey.ToString());
        if (await order.GetAsync() is not { } view)
        {
            return VerificationSessionResult.Refused(VerificationStartError.OrderNotFound, $"No order {orderKey}.");
        }

        if (!string.Equals(view.MemberId, request.MemberId, StringComparison.Ordinal))
        {
            return VerificationSessionResult.Refused(VerificationStartError.MemberMismatch, "The member is not the order's member.");
        }

        var member = await Member(orderKey, request.MemberId).GetAsync();
        if (member.Status != MemberStatus.Enrolled)
        {
            return VerificationSessionResult.Refused(VerificationStartError.NotEnrolled, "The member has no enrolled face.");
        }

        var started = await order.StartVerificationAsync(SessionId);
        if (!started.Succeeded)
        {
            return VerificationSessionResult.Refused(VerificationStartError.OrderRefused, $"{started.Error}: {started.Message}");
        }

        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var session = VerificationSession.Open(SessionId, orderKey.ToString(), request.MemberId, view.Amount, nonce, time.GetUtcNow(), lifetime, _options.MaxAttempts);
        state.State.Session = session;
        await state.WriteStateAsync();
        ScheduleExpiry(session.ExpiresAt);
        LogStarted(SessionId, session.OrderKey);
        return VerificationSessionResult.Ok(View(session));
    }

    /// <inheritdoc />
    public async Task<VerificationAttemptResult> SubmitAsync(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        await ReportConclusionIfPendingAsync();
        if (Session is not { } session)
        {
            return new VerificationAttemptResult { Refusal = SubmissionRefusal.NotStarted, Message = "The session was not started." };
        }

        var now = time.GetUtcNow();
        var hash = ImageFingerprint.Of(image);
        var refusal = session.CheckSubmission(hash, now);
        if (refusal == SubmissionRefusal.Expired && session.Status == VerificationSessionStatus.Open)
        {
            await ConcludeAsync(session.Expire(now));
        }

        if (refusal != SubmissionRefusal.None)
        {
            return Refused(refusal, RefusalMessage(refusal));
        }

        var check = await GrainFactory.GetGrain<IFaceCheckWorker>(0).CheckAsync(image);
        if (check.Status == FaceCheckStatus.Busy)
        {
            return Refused(SubmissionRefusal.Busy, check.Message);
        }

        // The capture is judged at the time it arrived: a slow analysis does not turn an in-time capture into a late one.
        VerificationSession next;
        double? similarity = null;
        if (!check.IsAccepted)
        {
            next = session.RecordFailure(hash, AttemptOutcome.FaceRejected, null, check.Liveness, check.Reason.ToString(), now);
        }
        else
        {
            var match = await Member(OrderKey.Parse(session.OrderKey), session.MemberId).VerifyAsync(check.Embedding!);
            similarity = match.Enrolled ? match.Similarity : null;
            next = match.IsMatch
                ? session.RecordMatch(hash, match.Similarity, check.Liveness, NewTokenId(), now, _options.TokenLifetime)
                : session.RecordFailure(hash, AttemptOutcome.NotMatched, similarity, check.Liveness, match.Enrolled ? null : "NotEnrolled", now);
        }

        var orderAnswer = await ConcludeAsync(next);
        var attempt = next.Attempts[^1];
        LogAttempt(SessionId, attempt.Number, attempt.Outcome, similarity, check.Liveness);
        if (next.Status == VerificationSessionStatus.Verified && orderAnswer is { Succeeded: false })
        {
            await SaveAsync(next.Void(time.GetUtcNow()), reported: true);
            LogVoided(SessionId, orderAnswer.Error, orderAnswer.Message);
            return Refused(SubmissionRefusal.OrderRefused, $"The face matched but the order refused it ({orderAnswer.Error}: {orderAnswer.Message}).") with
            {
                Outcome = AttemptOutcome.Matched,
                Similarity = similarity,
                Liveness = check.Liveness,
            };
        }

        return new VerificationAttemptResult
        {
            Outcome = attempt.Outcome,
            FaceReason = check.Reason,
            Message = AttemptMessage(attempt.Outcome, check, Session!),
            AttemptsLeft = Session!.AttemptsLeft,
            Status = Session.Status,
            Similarity = similarity,
            Liveness = check.Liveness,
            TokenId = Session.Token?.TokenId,
            TokenExpiresAt = Session.Token?.ExpiresAt,
        };
    }

    /// <inheritdoc />
    public async Task<TokenRedemptionResult> RedeemTokenAsync(string tokenId, string orderKey, Money amount)
    {
        if (Session is not { } session)
        {
            return new TokenRedemptionResult(TokenRedemptionError.UnknownToken);
        }

        var decision = session.Redeem(tokenId, orderKey, amount, time.GetUtcNow());
        if (!decision.IsRedeemed)
        {
            LogRedemptionRefused(SessionId, decision.Error);
            return new TokenRedemptionResult(decision.Error);
        }

        state.State.Session = decision.Session;
        await state.WriteStateAsync();
        return new TokenRedemptionResult(TokenRedemptionError.None, session.MemberId);
    }

    /// <inheritdoc />
    public Task<VerificationSessionView?> GetAsync() => Task.FromResult(Session is { } session ? View(session) : null);

    // Persists the new session; when it has just concluded, tells the order and returns the order's answer.
    private async Task<OrderResult?> ConcludeAsync(VerificationSession next)
    {
        var concluded = next.Status != VerificationSessionStatus.Open;
        await SaveAsync(next, reported: !concluded);
        if (concluded)
        {
            _expiryTimer?.Dispose();
            _expiryTimer = null;
            return await ReportConclusionIfPendingAsync();
        }

        return null;
    }

    private async Task<OrderResult?> ReportConclusionIfPendingAsync()
    {
        if (state.State.ConclusionReported || Session?.Conclusion is not { } conclusion)
        {
            return null;
        }

        var answer = await GrainFactory.GetGrain<IOrderGrain>(Session.OrderKey).ApplyVerificationAsync(conclusion);
        if (!answer.Succeeded)
        {
            LogOrderRefused(SessionId, conclusion.Succeeded, answer.Error, answer.Message);
        }

        state.State.ConclusionReported = true;
        await state.WriteStateAsync();
        return answer;
    }

    private async Task SaveAsync(VerificationSession session, bool reported)
    {
        state.State.Session = session;
        state.State.ConclusionReported = reported;
        await state.WriteStateAsync();
    }

    private void ScheduleExpiry(DateTimeOffset expiresAt)
    {
        _expiryTimer?.Dispose();
        var due = expiresAt - time.GetUtcNow() + TimeSpan.FromMilliseconds(20);
        _expiryTimer = this.RegisterGrainTimer(
            ExpireIfDueAsync,
            new GrainTimerCreationOptions { DueTime = due > TimeSpan.Zero ? due : TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan });
    }

    // Without a timer an unused session would leave the order Verifying until someone submits or starts another session.
    private async Task ExpireIfDueAsync(CancellationToken cancellationToken)
    {
        if (Session is not { Status: VerificationSessionStatus.Open } open)
        {
            return;
        }

        if (open.IsExpiredAt(time.GetUtcNow()))
        {
            await ConcludeAsync(open.Expire(time.GetUtcNow()));
        }
        else
        {
            // Timers may fire a little early; look again at the expiry instant.
            ScheduleExpiry(open.ExpiresAt);
        }
    }

    private IMemberGrain Member(OrderKey orderKey, string memberId) => GrainFactory.GetGrain<IMemberGrain>($"{orderKey.MerchantId}/{memberId}");

    private VerificationSessionView View(VerificationSession session) => VerificationSessionView.From(this.GetPrimaryKey(), session);

    private VerificationAttemptResult Refused(SubmissionRefusal refusal, string message) => new()
    {
        Refusal = refusal,
        Message = message,
        AttemptsLeft = Session?.AttemptsLeft ?? 0,
        Status = Session?.Status ?? VerificationSessionStatus.Open,
    };

    private string NewTokenId() => $"vt_{SessionId}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

    private static string RefusalMessage(SubmissionRefusal refusal) => refusal switch
    {
        SubmissionRefusal.Expired => "The verification session has expired; start a new one.",
        SubmissionRefusal.AttemptsExhausted => "No attempts are left in this session.",
        SubmissionRefusal.AlreadyVerified => "The session is already verified.",
        SubmissionRefusal.SessionVoided => "The session was voided because the order refused it.",
        SubmissionRefusal.ReplayedImage => "This exact image was already submitted; a new capture is required.",
        _ => refusal.ToString(),
    };

    private static string AttemptMessage(AttemptOutcome outcome, FaceCheckResult check, VerificationSession session) => outcome switch
    {
        AttemptOutcome.Matched => "Face verified.",
        AttemptOutcome.FaceRejected => $"{check.Message} {session.AttemptsLeft} attempt(s) left.",
        _ => $"The face does not match the member. {session.AttemptsLeft} attempt(s) left.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification session {SessionId} started for order {OrderKey}.")]
    private partial void LogStarted(string sessionId, string orderKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification session {SessionId} attempt {Attempt}: {Outcome} (similarity {Similarity}, liveness {Liveness}).")]
    private partial void LogAttempt(string sessionId, int attempt, AttemptOutcome outcome, double? similarity, double? liveness);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification session {SessionId}: the order refused its conclusion (success {Succeeded}): {Error} {Message}.")]
    private partial void LogOrderRefused(string sessionId, bool succeeded, OrderError? error, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification session {SessionId}: reporting the conclusion to the order failed; it will be retried.")]
    private partial void LogReportFailed(Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification session {SessionId} voided: the order refused the match ({Error}: {Message}).")]
    private partial void LogVoided(string sessionId, OrderError? error, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification session {SessionId}: token redemption refused ({Error}).")]
    private partial void LogRedemptionRefused(string sessionId, TokenRedemptionError error);
}
