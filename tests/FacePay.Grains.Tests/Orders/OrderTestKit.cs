using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Sandbox;
using FacePay.Sandbox.Trades;
using FacePay.Testing;
using Xunit;

namespace FacePay.Grains.Tests.Orders;

/// <summary>Creating, paying and watching orders of the channel-test merchant.</summary>
internal static class OrderTestKit
{
    public const string AgreementNo = "AGR20261123";

    public static OrderKey NewKey(string prefix) =>
        new(ChannelTestSettings.MerchantId, $"{prefix}_{Guid.NewGuid().ToString("N")[..10]}");

    public static async Task<IOrderGrain> CreateAsync(ClusterFixture fixture, OrderKey key, long fen = 1999, PaymentChannel channel = PaymentChannel.Alipay)
    {
        var grain = fixture.Client.GetGrain<IOrderGrain>(key.ToString());
        var created = await grain.CreateAsync(new OrderCreationRequest(key, Money.Of(fen, "CNY"), "Latte", channel, "member_1", TimeSpan.FromMinutes(15)));
        Assert.True(created.Succeeded, created.Message);
        return grain;
    }

    public static PayOrder Withholding() => new(PaymentAuthorization.WithholdingAgreement, AgreementNo: AgreementNo, DeviceId: "kiosk-1");

    /// <summary>The face device's payer code for each channel (Alipay face token; WeChat face code).</summary>
    public static PayOrder FaceCode(PaymentChannel channel) => new(
        PaymentAuthorization.FaceVerification,
        PayerCode: channel == PaymentChannel.Alipay ? "fp2088000000000001" : "130061098828009406",
        DeviceId: "kiosk-1");

    /// <summary>
    /// Verifies the order's member for real, as a kiosk would: the member (enrolled from one photo the first time it is
    /// needed), a verification session for this order, and a capture of another photo of the same person. The order is
    /// then ReadyToPay; the returned single-use token is what a face payment must present.
    /// </summary>
    public static async Task<string> VerifyAsync(ClusterFixture fixture, IOrderGrain order)
    {
        var view = (await order.GetAsync())!;
        var member = fixture.Client.GetGrain<IMemberGrain>($"{view.MerchantId}/{view.MemberId}");
        if ((await member.GetAsync()).Status != MemberStatus.Enrolled)
        {
            var enrolled = await member.EnrollAsync([FacePhotos.Read("obama_1.jpg")]);
            Assert.True(enrolled.Succeeded, enrolled.Message);
        }

        var session = fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid());
        var started = await session.StartAsync(new StartVerificationSession(new OrderKey(view.MerchantId, view.OutTradeNo).ToString(), view.MemberId, null));
        Assert.True(started.Succeeded, started.Message);
        var capture = await session.SubmitAsync(FacePhotos.Read("obama_2.jpg"));
        Assert.True(capture.Verified, capture.Message);
        return capture.TokenId!;
    }

    /// <summary>Verifies the face, then returns the pay command that spends the verification's token.</summary>
    public static async Task<PayOrder> ReadyToPayAsync(ClusterFixture fixture, IOrderGrain order)
    {
        var token = await VerifyAsync(fixture, order);
        return FaceCode((await order.GetAsync())!.Channel) with { VerificationToken = token };
    }

    public static SandboxChannel ToSandbox(PaymentChannel channel) =>
        channel == PaymentChannel.Alipay ? SandboxChannel.Alipay : SandboxChannel.WechatPay;

    /// <summary>The sandbox's record of the order's first attempt.</summary>
    public static SandboxTradeSnapshot? Trade(ClusterFixture fixture, OrderKey key, PaymentChannel channel = PaymentChannel.Alipay, int attempt = 1) =>
        fixture.Sandbox.Trades.Find(ToSandbox(channel), key.ChannelOutTradeNo(attempt));

    /// <summary>Waits (bounded) until the order satisfies <paramref name="condition"/>; returns the last view either way.</summary>
    public static async Task<OrderView> EventuallyAsync(IOrderGrain grain, Func<OrderView, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = (await grain.GetAsync())!;
            if (condition(view) || DateTime.UtcNow > deadline)
            {
                return view;
            }

            await Task.Delay(100);
        }
    }
}
