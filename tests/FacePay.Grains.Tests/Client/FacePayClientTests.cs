using System.Threading.Channels;
using FacePay.Client;
using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Verification;
using FacePay.Grains.Tests.Face;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Grains.Tests.Orders;
using FacePay.Testing;
using Xunit;

namespace FacePay.Grains.Tests.Client;

/// <summary>
/// <see cref="FacePayClient"/>, what a merchant embeds, on the two-silo cluster: the face-pay flow end to end, sessions
/// scoped to their merchant, refunds, and the merchant's payment events on the Orleans stream.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FacePayClientTests(ClusterFixture fixture)
{
    private FacePayClient Client => new(fixture.Client);

    [Fact]
    public async Task Verify_and_pay_charges_once_and_the_subscriber_sees_the_payment_event()
    {
        var events = Channel.CreateUnbounded<PaymentEvent>();
        await using var subscription = await Client.SubscribeToPaymentEventsAsync(
            ChannelTestSettings.MerchantId, (e, ct) => events.Writer.WriteAsync(e, ct).AsTask());
        var memberId = FaceTestKit.NewMemberId();
        var enrolled = await Client.EnrollMemberAsync(new MemberKey(ChannelTestSettings.MerchantId, memberId), [FacePhotos.Read("obama_1.jpg")]);
        Assert.True(enrolled.Succeeded, enrolled.Message);
        var key = OrderTestKit.NewKey("client");
        var created = await Client.CreateOrderAsync(new OrderCreationRequest(key, Money.Of(1888, "CNY"), "Tea", PaymentChannel.Alipay, memberId, TimeSpan.FromMinutes(15)));
        Assert.True(created.Succeeded, created.Message);

        var result = await Client.VerifyAndPayAsync(key, new VerifyAndPayRequest(memberId, FacePhotos.Read("obama_2.jpg"), "fp2088000000000001", "kiosk-1"));

        Assert.True(result.Succeeded, result.Capture?.Message ?? result.Session.Message);
        Assert.Equal(OrderState.Paid, result.Payment.Order!.State);
        Assert.Equal(1, OrderTestKit.Trade(fixture, key)!.PayCalls);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        PaymentEvent received;
        do
        {
            received = await events.Reader.ReadAsync(wait.Token);
        }
        while (received is not PaymentSucceeded || received.Key != key);

        Assert.Equal(Money.Of(1888, "CNY"), ((PaymentSucceeded)received).Amount);
    }

    [Fact]
    public async Task A_session_of_another_merchant_is_invisible_and_refuses_captures()
    {
        var (_, key, session, _) = await FaceTestKit.ReadyForCaptureAsync(fixture);
        var sessionId = session.GetPrimaryKey();

        var mine = await Client.GetVerificationAsync(key.MerchantId, sessionId);
        var foreign = await Client.GetVerificationAsync("m_someone_else", sessionId);
        var capture = await Client.SubmitCaptureAsync("m_someone_else", sessionId, FacePhotos.Read("obama_3.jpg"));

        Assert.NotNull(mine);
        Assert.Null(foreign);
        Assert.Equal(SubmissionRefusal.NotStarted, capture.Refusal);
        Assert.Equal(3, (await session.GetAsync())!.AttemptsLeft);
    }

    [Fact]
    public async Task Paying_by_face_without_a_token_is_refused_before_any_grain_is_asked()
    {
        var key = OrderTestKit.NewKey("notoken");
        await OrderTestKit.CreateAsync(fixture, key);

        var refused = await Client.PayWithVerificationAsync(key, new FacePayment(" ", "fp2088000000000001"));

        Assert.Equal(OrderError.InvalidVerificationToken, refused.Error);
        Assert.Equal(OrderState.Created, (await Client.GetOrderAsync(key))!.State);
    }

    [Fact]
    public async Task An_agreement_payment_can_be_refunded_and_the_refund_read_back()
    {
        var key = OrderTestKit.NewKey("agree");
        await OrderTestKit.CreateAsync(fixture, key, 3000);

        var paid = await Client.PayWithAgreementAsync(key, new AgreementPayment(OrderTestKit.AgreementNo, "pos-1"));
        var refunded = await Client.RefundAsync(key, new RefundOrder("r1", Money.Of(1000, "CNY")));
        var refund = await Client.GetRefundAsync(key, "r1");

        Assert.True(paid.Succeeded, paid.Message);
        Assert.True(refunded.Succeeded, refunded.Message);
        Assert.NotNull(refund);
        Assert.Equal(Money.Of(1000, "CNY"), refund.Amount);
        Assert.Null(await Client.GetRefundAsync(key, "r2"));
        Assert.Contains(await Client.GetOrderHistoryAsync(key), h => h.Kind == OrderChangeKind.RefundRequested);
    }
}
