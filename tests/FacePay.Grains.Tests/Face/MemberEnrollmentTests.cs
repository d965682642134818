using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;
using FacePay.Face;
using FacePay.Grains.Members;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Testing;
using Xunit;

namespace FacePay.Grains.Tests.Face;

/// <summary>Member enrolment on the two-silo cluster with the real face models and PostgreSQL storage.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MemberEnrollmentTests(ClusterFixture fixture)
{
    private async Task<FaceEmbedding> EmbedAsync(string photo)
    {
        var check = await fixture.Client.GetGrain<IFaceCheckWorker>(0).CheckAsync(FacePhotos.Read(photo));
        Assert.True(check.IsAccepted, check.Message);
        return FaceEmbedding.FromBytes(check.Embedding);
    }

    private async Task<MemberFaceMatch> VerifyAsync(IMemberGrain member, string photo) =>
        await member.VerifyAsync((await EmbedAsync(photo)).ToBytes());

    [Fact]
    public async Task Enrolment_from_fixture_photos_stores_a_template_that_is_not_the_plaintext_embedding()
    {
        var memberId = FaceTestKit.NewMemberId();
        var member = FaceTestKit.Member(fixture, memberId);

        var enrolled = await member.EnrollAsync([FacePhotos.Read("obama_1.jpg"), FacePhotos.Read("obama_2.jpg")]);

        Assert.True(enrolled.Succeeded, enrolled.Message);
        Assert.Equal(MemberStatus.Enrolled, enrolled.Member.Status);
        Assert.Equal(2, enrolled.Member.PhotoCount);
        Assert.NotNull(enrolled.Member.EnrolledAt);
        Assert.All(enrolled.Photos, p => Assert.Equal(FaceCheckStatus.Accepted, p.Status));

        var payload = await FaceTestKit.StoredMemberPayloadAsync(fixture, memberId);
        Assert.NotNull(payload);
        Assert.True(payload.Length > FaceEmbedding.Dimensions * sizeof(float), "the stored state should hold a template");
        var photos = new[] { await EmbedAsync("obama_1.jpg"), await EmbedAsync("obama_2.jpg") };
        var plaintexts = photos.Append(FaceTemplateBuilder.Mean(photos)).Select(e => e.ToBytes());
        foreach (var plaintext in plaintexts)
        {
            // Any 16-byte run of the plaintext in the row would mean the embedding (or part of it) is stored in the clear.
            for (var offset = 0; offset + 16 <= plaintext.Length; offset += 16)
            {
                Assert.Equal(-1, payload.AsSpan().IndexOf(plaintext.AsSpan(offset, 16)));
            }
        }

        Assert.True((await VerifyAsync(member, "obama_3.jpg")).IsMatch);
    }

    [Fact]
    public async Task Deleting_a_member_removes_the_template_from_storage()
    {
        var memberId = FaceTestKit.NewMemberId();
        var member = await FaceTestKit.EnrollAsync(fixture, memberId);
        Assert.NotNull(await FaceTestKit.StoredMemberPayloadAsync(fixture, memberId));

        await member.DeleteAsync();

        Assert.Null(await FaceTestKit.StoredMemberPayloadAsync(fixture, memberId));
        var view = await member.GetAsync();
        Assert.Equal(MemberStatus.NotEnrolled, view.Status);
        Assert.Equal(0, view.PhotoCount);
        Assert.Null(view.EnrolledAt);
        Assert.False((await VerifyAsync(member, "obama_3.jpg")).Enrolled);

        var (_, key) = await FaceTestKit.CreateOrderAsync(fixture, memberId);
        var started = await fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid())
            .StartAsync(new StartVerificationSession(key.ToString(), memberId));
        Assert.Equal(VerificationStartError.NotEnrolled, started.Error);
    }

    [Fact]
    public async Task Re_enrolment_replaces_the_template()
    {
        var memberId = FaceTestKit.NewMemberId();
        var member = await FaceTestKit.EnrollAsync(fixture, memberId, "obama_1.jpg", "obama_2.jpg");
        Assert.False((await VerifyAsync(member, "biden_2.jpg")).IsMatch);

        var again = await member.EnrollAsync([FacePhotos.Read("biden_1.jpg")]);

        Assert.True(again.Succeeded, again.Message);
        Assert.Equal(1, again.Member.PhotoCount);
        Assert.True((await VerifyAsync(member, "biden_2.jpg")).IsMatch);
        Assert.False((await VerifyAsync(member, "obama_3.jpg")).IsMatch);
    }

    [Fact]
    public async Task A_photo_with_two_faces_refuses_the_enrolment_and_stores_nothing()
    {
        var memberId = FaceTestKit.NewMemberId();
        var member = FaceTestKit.Member(fixture, memberId);

        var result = await member.EnrollAsync([FacePhotos.Read("obama_1.jpg"), FacePhotos.Read("two_people.jpg")]);

        Assert.Equal(EnrollmentError.PhotoRejected, result.Error);
        Assert.Equal(FaceCheckReason.MultipleFaces, result.Photos[1].Reason);
        Assert.Equal(FaceCheckStatus.Accepted, result.Photos[0].Status);
        Assert.Equal(MemberStatus.NotEnrolled, result.Member.Status);
        Assert.Null(await FaceTestKit.StoredMemberPayloadAsync(fixture, memberId));
    }

    [Fact]
    public async Task Photos_of_different_people_are_refused()
    {
        var member = FaceTestKit.Member(fixture, FaceTestKit.NewMemberId());

        var result = await member.EnrollAsync([FacePhotos.Read("obama_1.jpg"), FacePhotos.Read("biden_1.jpg")]);

        Assert.Equal(EnrollmentError.InconsistentPhotos, result.Error);
        Assert.Equal(MemberStatus.NotEnrolled, result.Member.Status);
    }

    [Fact]
    public async Task Enrolment_without_photos_is_refused()
    {
        var result = await FaceTestKit.Member(fixture, FaceTestKit.NewMemberId()).EnrollAsync([]);

        Assert.Equal(EnrollmentError.InvalidRequest, result.Error);
    }

    [Fact]
    public async Task A_payment_agreement_is_kept_per_channel_and_not_shown_in_the_view()
    {
        var member = FaceTestKit.Member(fixture, FaceTestKit.NewMemberId());

        await member.SetPaymentAgreementAsync(Domain.PaymentChannel.WechatPay, "CONTRACT_42");

        Assert.Equal("CONTRACT_42", await member.GetPaymentAgreementAsync(Domain.PaymentChannel.WechatPay));
        Assert.Null(await member.GetPaymentAgreementAsync(Domain.PaymentChannel.Alipay));
        Assert.Equal([Domain.PaymentChannel.WechatPay], (await member.GetAsync()).AgreementChannels);
    }
}
