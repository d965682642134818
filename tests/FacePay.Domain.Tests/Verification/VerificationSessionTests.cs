using FacePay.Domain.Verification;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace FacePay.Domain.Tests.Verification;

public sealed class VerificationSessionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Money Amount = Money.Of(1234, "CNY");
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);
    private const string OrderKey = "m001/order_0001";

    private static VerificationSession Open(int maxAttempts = 3) =>
        VerificationSession.Open("s1", OrderKey, "member-1", Amount, "nonce", T0, TimeSpan.FromSeconds(120), maxAttempts);

    private static string Hash(int n) => ImageFingerprint.Of([(byte)n, 1, 2, 3]);

    private static VerificationSession Verified() => Open().RecordMatch(Hash(1), 0.8, 0.99, "tok1", T0.AddSeconds(5), TokenLifetime);

    [Fact]
    public void A_new_session_is_open_with_all_attempts_and_the_configured_expiry()
    {
        var session = Open();

        Assert.Equal(VerificationSessionStatus.Open, session.Status);
        Assert.Equal(3, session.AttemptsLeft);
        Assert.Equal(T0.AddSeconds(120), session.ExpiresAt);
        Assert.Null(session.Conclusion);
        Assert.Equal(SubmissionRefusal.None, session.CheckSubmission(Hash(1), T0.AddSeconds(1)));
    }

    [Fact]
    public void A_capture_at_or_after_expiry_is_refused_and_expiry_concludes_as_a_failure()
    {
        var session = Open();

        Assert.Equal(SubmissionRefusal.None, session.CheckSubmission(Hash(1), T0.AddSeconds(119)));
        Assert.Equal(SubmissionRefusal.Expired, session.CheckSubmission(Hash(1), T0.AddSeconds(120)));

        var expired = session.Expire(T0.AddSeconds(121));
        Assert.Equal(VerificationSessionStatus.Expired, expired.Status);
        Assert.Equal(new VerificationResult("s1", false), expired.Conclusion);
        Assert.Same(session, session.Expire(T0.AddSeconds(10)));
    }

    [Fact]
    public void The_third_failed_attempt_fails_the_session_and_a_fourth_is_refused()
    {
        var session = Open()
            .RecordFailure(Hash(1), AttemptOutcome.NotMatched, 0.1, 0.99, null, T0.AddSeconds(1))
            .RecordFailure(Hash(2), AttemptOutcome.FaceRejected, null, 0.2, "LivenessTooLow", T0.AddSeconds(2));
        Assert.Equal(VerificationSessionStatus.Open, session.Status);
        Assert.Equal(1, session.AttemptsLeft);

        var failed = session.RecordFailure(Hash(3), AttemptOutcome.NotMatched, 0.05, 0.99, null, T0.AddSeconds(3));

        Assert.Equal(VerificationSessionStatus.Failed, failed.Status);
        Assert.Equal(0, failed.AttemptsLeft);
        Assert.Equal([1, 2, 3], failed.Attempts.Select(a => a.Number));
        Assert.Equal(SubmissionRefusal.AttemptsExhausted, failed.CheckSubmission(Hash(4), T0.AddSeconds(4)));
        Assert.Throws<InvalidOperationException>(() =>
            failed.RecordFailure(Hash(4), AttemptOutcome.NotMatched, 0.1, 0.9, null, T0.AddSeconds(4)));
        Assert.Equal(new VerificationResult("s1", false), failed.Conclusion);
    }

    [Fact]
    public void The_same_image_bytes_twice_are_refused_as_a_replay_without_using_an_attempt()
    {
        var session = Open().RecordFailure(Hash(1), AttemptOutcome.NotMatched, 0.1, 0.99, null, T0.AddSeconds(1));

        Assert.Equal(SubmissionRefusal.ReplayedImage, session.CheckSubmission(Hash(1), T0.AddSeconds(2)));
        Assert.Equal(SubmissionRefusal.None, session.CheckSubmission(Hash(2), T0.AddSeconds(2)));
        Assert.Equal(2, session.AttemptsLeft);
        Assert.Throws<InvalidOperationException>(() => session.RecordMatch(Hash(1), 0.9, 0.99, "tok", T0.AddSeconds(2), TokenLifetime));
    }

    [Fact]
    public void Image_fingerprints_differ_when_one_byte_differs()
    {
        Assert.Equal(64, ImageFingerprint.Of([1, 2, 3]).Length);
        Assert.Equal(ImageFingerprint.Of([1, 2, 3]), ImageFingerprint.Of([1, 2, 3]));
        Assert.NotEqual(ImageFingerprint.Of([1, 2, 3]), ImageFingerprint.Of([1, 2, 4]));
    }

    [Fact]
    public void A_match_issues_a_token_bound_to_order_member_and_amount()
    {
        var verified = Verified();

        Assert.Equal(VerificationSessionStatus.Verified, verified.Status);
        var token = Assert.IsType<VerificationToken>(verified.Token);
        Assert.Equal(("tok1", OrderKey, "member-1", Amount), (token.TokenId, token.OrderKey, token.MemberId, token.Amount));
        Assert.Equal(T0.AddSeconds(5) + TokenLifetime, token.ExpiresAt);
        Assert.Equal(new VerificationResult("s1", true, "tok1", "member-1", Amount), verified.Conclusion);
        Assert.Equal(SubmissionRefusal.AlreadyVerified, verified.CheckSubmission(Hash(9), T0.AddSeconds(6)));
    }

    [Fact]
    public void A_token_is_redeemed_once_and_refused_the_second_time()
    {
        var first = Verified().Redeem("tok1", OrderKey, Amount, T0.AddSeconds(10));
        Assert.True(first.IsRedeemed);
        Assert.Equal(T0.AddSeconds(10), first.Session.Token!.RedeemedAt);

        var second = first.Session.Redeem("tok1", OrderKey, Amount, T0.AddSeconds(11));

        Assert.Equal(TokenRedemptionError.AlreadyRedeemed, second.Error);
        Assert.Same(first.Session, second.Session);
    }

    [Fact]
    public void A_token_is_refused_for_another_order_or_amount_and_stays_unspent()
    {
        var verified = Verified();

        var otherOrder = verified.Redeem("tok1", "m001/order_0002", Amount, T0.AddSeconds(10));
        var otherAmount = verified.Redeem("tok1", OrderKey, Money.Of(1235, "CNY"), T0.AddSeconds(10));
        var otherCurrency = verified.Redeem("tok1", OrderKey, Money.Of(1234, "USD"), T0.AddSeconds(10));

        Assert.Equal(TokenRedemptionError.WrongOrder, otherOrder.Error);
        Assert.Equal(TokenRedemptionError.WrongAmount, otherAmount.Error);
        Assert.Equal(TokenRedemptionError.WrongAmount, otherCurrency.Error);
        Assert.Same(verified, otherOrder.Session);
        Assert.Same(verified, otherAmount.Session);
        Assert.True(verified.Redeem("tok1", OrderKey, Amount, T0.AddSeconds(10)).IsRedeemed);
    }

    [Fact]
    public void An_unknown_or_expired_token_is_refused()
    {
        var verified = Verified();

        Assert.Equal(TokenRedemptionError.UnknownToken, verified.Redeem("tok2", OrderKey, Amount, T0.AddSeconds(10)).Error);
        Assert.Equal(TokenRedemptionError.UnknownToken, verified.Redeem(string.Empty, OrderKey, Amount, T0.AddSeconds(10)).Error);
        Assert.Equal(TokenRedemptionError.UnknownToken, Open().Redeem("tok1", OrderKey, Amount, T0.AddSeconds(10)).Error);
        Assert.Equal(TokenRedemptionError.Expired, verified.Redeem("tok1", OrderKey, Amount, T0.AddSeconds(5) + TokenLifetime).Error);
    }

    [Fact]
    public void A_voided_session_has_no_token_to_redeem_and_reports_nothing()
    {
        var voided = Verified().Void(T0.AddSeconds(6));

        Assert.Equal(VerificationSessionStatus.Voided, voided.Status);
        Assert.Null(voided.Token);
        Assert.Null(voided.Conclusion);
        Assert.Equal(TokenRedemptionError.UnknownToken, voided.Redeem("tok1", OrderKey, Amount, T0.AddSeconds(7)).Error);
        Assert.Equal(SubmissionRefusal.SessionVoided, voided.CheckSubmission(Hash(5), T0.AddSeconds(7)));
    }

    [Fact]
    public void Opening_rejects_a_non_positive_amount_lifetime_or_attempt_limit()
    {
        Assert.Throws<ArgumentException>(() => VerificationSession.Open("s", OrderKey, "m", Money.Of(0, "CNY"), "n", T0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VerificationSession.Open("s", OrderKey, "m", Amount, "n", T0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => VerificationSession.Open("s", OrderKey, "m", Amount, "n", T0, TimeSpan.FromSeconds(1), 0));
    }

    [Fact]
    public void A_session_round_trips_through_the_orleans_serializer()
    {
        var verified = Verified();
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<VerificationSession>(serializer.SerializeToArray(verified));

        Assert.NotNull(copy);
        Assert.Equal(verified.Token, copy.Token);
        Assert.Equal(verified.Attempts, copy.Attempts);
        Assert.Equal(verified.Status, copy.Status);
        Assert.Equal(verified.ExpiresAt, copy.ExpiresAt);
    }
}
