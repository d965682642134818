using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Domain.Verification;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Grains.Tests.Orders;
using FacePay.Testing;
using Xunit;

namespace FacePay.Grains.Tests.Face;

/// <summary>Verification sessions on the two-silo cluster: real face models, real orders, PostgreSQL state.</summary>
[Collection(ClusterCollection.Name)]
public sealed class VerificationSessionTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_same_person_photo_verifies_and_the_order_becomes_ready_to_pay()
    {
        var (order, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        Assert.Equal(OrderState.Verifying, (await order.GetAsync())!.State);

        var result = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.True(result.Verified, result.Message);
        Assert.Equal(VerificationSessionStatus.Verified, result.Status);
        Assert.StartsWith("vt_", result.TokenId, StringComparison.Ordinal);
        Assert.True(result.Similarity >= 0.35, $"similarity {result.Similarity}");
        Assert.Equal(OrderState.ReadyToPay, (await order.GetAsync())!.State);
        Assert.Equal(VerificationSessionStatus.Verified, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task A_different_person_does_not_match_and_uses_one_attempt()
    {
        var (order, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);

        var result = await session.SubmitAsync(FacePhotos.Read("biden_1.jpg"));

        Assert.False(result.Verified);
        Assert.Equal(AttemptOutcome.NotMatched, result.Outcome);
        Assert.Equal(2, result.AttemptsLeft);
        Assert.Null(result.TokenId);
        Assert.Equal(VerificationSessionStatus.Open, result.Status);
        Assert.Equal(OrderState.Verifying, (await order.GetAsync())!.State);
    }

    [Fact]
    public async Task An_expired_session_refuses_captures_and_the_order_is_told_it_failed()
    {
        var (order, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture, lifetime: TimeSpan.FromSeconds(1));

        // The session's expiry timer reports the failure; the order leaves Verifying without any capture.
        var after = await FaceTestKit.EventuallyAsync(order, o => o.State != OrderState.Verifying);
        var result = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal(OrderState.Created, after.State);
        Assert.Equal(SubmissionRefusal.Expired, result.Refusal);
        Assert.Null(result.TokenId);
        Assert.Equal(VerificationSessionStatus.Expired, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task The_third_failed_attempt_fails_the_session_and_further_captures_are_refused()
    {
        var (order, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);

        var results = new List<VerificationAttemptResult>();
        foreach (var photo in FaceTestKit.Impostors.Take(3))
        {
            results.Add(await session.SubmitAsync(FacePhotos.Read(photo)));
        }

        var fourth = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal([2, 1, 0], results.Select(r => r.AttemptsLeft));
        Assert.All(results, r => Assert.Equal(SubmissionRefusal.None, r.Refusal));
        Assert.Equal(VerificationSessionStatus.Failed, results[^1].Status);
        Assert.Equal(SubmissionRefusal.AttemptsExhausted, fourth.Refusal);
        Assert.Null(fourth.TokenId);
        Assert.Equal(OrderState.Created, (await order.GetAsync())!.State);
    }

    [Fact]
    public async Task The_token_is_single_use_and_refused_for_another_order_or_amount()
    {
        var (order, key, session, memberId) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var verified = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));
        Assert.True(verified.Verified, verified.Message);
        var token = verified.TokenId!;
        var amount = (await order.GetAsync())!.Amount;
        var (_, otherKey) = await FaceTestKit.CreateOrderAsync(fixture, memberId);

        var otherOrder = await session.RedeemTokenAsync(token, otherKey.ToString(), amount);
        var otherAmount = await session.RedeemTokenAsync(token, key.ToString(), Money.Of(amount.MinorUnits + 1, "CNY"));
        var forged = await session.RedeemTokenAsync(token + "x", key.ToString(), amount);
        var first = await session.RedeemTokenAsync(token, key.ToString(), amount);
        var second = await session.RedeemTokenAsync(token, key.ToString(), amount);

        Assert.Equal(TokenRedemptionError.WrongOrder, otherOrder.Error);
        Assert.Equal(TokenRedemptionError.WrongAmount, otherAmount.Error);
        Assert.Equal(TokenRedemptionError.UnknownToken, forged.Error);
        Assert.True(first.Redeemed);
        Assert.Equal(memberId, first.MemberId);
        Assert.Equal(TokenRedemptionError.AlreadyRedeemed, second.Error);
    }

    [Fact]
    public async Task A_replayed_image_is_refused_without_using_an_attempt()
    {
        var (_, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var photo = FacePhotos.Read("biden_1.jpg");
        var first = await session.SubmitAsync(photo);

        var replay = await session.SubmitAsync(photo);
        var genuine = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal(AttemptOutcome.NotMatched, first.Outcome);
        Assert.Equal(SubmissionRefusal.ReplayedImage, replay.Refusal);
        Assert.Null(replay.Outcome);
        Assert.Equal(2, replay.AttemptsLeft);
        Assert.True(genuine.Verified, genuine.Message);
    }

    [Fact]
    public async Task Concurrent_attempts_on_one_session_are_serialised_and_never_exceed_the_limit()
    {
        var (_, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var photos = FaceTestKit.Impostors.Select(FacePhotos.Read).ToList();

        var results = await Task.WhenAll(photos.Select(session.SubmitAsync));

        var attempts = results.Where(r => r.Refusal == SubmissionRefusal.None).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Equal([0, 1, 2], attempts.Select(r => r.AttemptsLeft).Order());
        Assert.Equal(2, results.Count(r => r.Refusal == SubmissionRefusal.AttemptsExhausted));
        Assert.Equal(VerificationSessionStatus.Failed, (await session.GetAsync())!.Status);
    }

    [Fact]
    public async Task The_same_matching_capture_sent_concurrently_verifies_once()
    {
        var (order, _, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var photo = FacePhotos.Read("obama_3.jpg");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => session.SubmitAsync(photo)));

        Assert.Single(results, r => r.Verified);
        Assert.Equal(3, results.Count(r => r.Refusal == SubmissionRefusal.AlreadyVerified));
        Assert.Equal(OrderState.ReadyToPay, (await order.GetAsync())!.State);
    }

    [Fact]
    public async Task A_session_is_refused_for_a_member_who_is_not_the_orders_member_or_an_unknown_order()
    {
        var memberId = FaceTestKit.NewMemberId();
        await FaceTestKit.EnrollAsync(fixture, memberId);
        var (_, key) = await FaceTestKit.CreateOrderAsync(fixture, FaceTestKit.NewMemberId());

        var wrongMember = await fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid())
            .StartAsync(new StartVerificationSession(key.ToString(), memberId));
        var noOrder = await fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid())
            .StartAsync(new StartVerificationSession($"{FaceTestKit.MerchantId}/missing_order", memberId));

        Assert.Equal(VerificationStartError.MemberMismatch, wrongMember.Error);
        Assert.Equal(VerificationStartError.OrderNotFound, noOrder.Error);
    }

    [Fact]
    public async Task A_new_session_supersedes_the_open_one_whose_later_match_is_voided()
    {
        var (order, key, first, memberId) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var second = await FaceTestKit.StartAsync(fixture, key, memberId);

        var late = await first.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal(SubmissionRefusal.OrderRefused, late.Refusal);
        Assert.Equal(VerificationSessionStatus.Voided, (await first.GetAsync())!.Status);
        Assert.Equal(OrderState.Verifying, (await order.GetAsync())!.State);
        Assert.True((await second.SubmitAsync(FacePhotos.Read("obama_3.jpg"))).Verified);
        Assert.Equal(OrderState.ReadyToPay, (await order.GetAsync())!.State);
    }

    [Fact]
    public async Task A_face_verified_order_pays_through_the_channel_spending_its_token_once()
    {
        var memberId = FaceTestKit.NewMemberId();
        await FaceTestKit.EnrollAtAsync(fixture, ChannelTestSettings.MerchantId, memberId, "obama_1.jpg", "obama_2.jpg");
        var (order, key) = await FaceTestKit.CreateOrderAsync(fixture, memberId, 2599, ChannelTestSettings.MerchantId);
        var session = await FaceTestKit.StartAsync(fixture, key, memberId);
        var verified = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));
        Assert.True(verified.Verified);

        var forged = await order.PayAsync(OrderTestKit.FaceCode(PaymentChannel.Alipay) with { VerificationToken = verified.TokenId + "x" });
        var paid = await order.PayAsync(OrderTestKit.FaceCode(PaymentChannel.Alipay) with { VerificationToken = verified.TokenId });
        var reused = await order.PayAsync(OrderTestKit.FaceCode(PaymentChannel.Alipay) with { VerificationToken = verified.TokenId });

        Assert.Equal(OrderError.InvalidVerificationToken, forged.Error);
        Assert.True(paid.Succeeded, paid.Message);
        Assert.Equal(OrderState.Paid, paid.Order!.State);
        Assert.Equal(OrderError.AlreadyPaid, reused.Error);
        Assert.Equal(2599, OrderTestKit.Trade(fixture, key)!.PaidFen);
        Assert.Equal(TokenRedemptionError.AlreadyRedeemed, (await session.RedeemTokenAsync(verified.TokenId!, key.ToString(), Money.Of(2599, "CNY"))).Error);
    }

    [Fact]
    public async Task A_capture_for_a_session_that_was_never_started_is_refused()
    {
        var session = fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid());

        var result = await session.SubmitAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal(SubmissionRefusal.NotStarted, result.Refusal);
        Assert.Null(await session.GetAsync());
        Assert.Equal(TokenRedemptionError.UnknownToken, (await session.RedeemTokenAsync("vt_x", "m_face/none", Money.Of(1, "CNY"))).Error);
    }
}
