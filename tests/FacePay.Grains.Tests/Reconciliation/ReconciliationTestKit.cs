using System.Globalization;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Reconciliation;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Grains.Tests.Orders;
using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Reports;
using FacePay.Sandbox.Discrepancies;
using Xunit;

namespace FacePay.Grains.Tests.Reconciliation;

/// <summary>Orders in the states reconciliation meets, and silent changes of the sandbox's records.</summary>
internal static class ReconciliationTestKit
{
    public static DateOnly Today => BillTime.BeijingDate(DateTimeOffset.UtcNow);

    public static string TradeNo(OrderKey key, int attempt = 1) => key.ChannelOutTradeNo(attempt);

    /// <summary>A face payer code of its own, so its sandbox balance can be set without touching other orders.</summary>
    public static string PayerCode(PaymentChannel channel) =>
        (channel == PaymentChannel.Alipay ? "fp" : "fc") + Guid.NewGuid().ToString("N")[..16];

    public static async Task<OrderResult> PayWithFaceAsync(ClusterFixture fixture, IOrderGrain order, PaymentChannel channel, long balanceFen = 1_000_000)
    {
        var token = await OrderTestKit.VerifyAsync(fixture, order);
        var code = PayerCode(channel);
        fixture.Sandbox.Trades.SetBalance(code, balanceFen);
        return await order.PayAsync(new PayOrder(PaymentAuthorization.FaceVerification, PayerCode: code, DeviceId: "kiosk-1", VerificationToken: token));
    }

    public static async Task<OrderKey> PaidAsync(ClusterFixture fixture, string prefix, PaymentChannel channel, long fen = 1999)
    {
        var key = OrderTestKit.NewKey(prefix);
        var order = await OrderTestKit.CreateAsync(fixture, key, fen, channel);
        var paid = await PayWithFaceAsync(fixture, order, channel);
        Assert.True(paid.Succeeded && paid.Order!.State == OrderState.Paid, paid.Message);
        return key;
    }

    /// <summary>An order whose charge the channel refused (balance too low): Failed, no trade at the channel.</summary>
    public static async Task<(OrderKey Key, IOrderGrain Order)> FailedAsync(ClusterFixture fixture, string prefix, PaymentChannel channel, long fen = 1999)
    {
        var key = OrderTestKit.NewKey(prefix);
        var order = await OrderTestKit.CreateAsync(fixture, key, fen, channel);
        await PayWithFaceAsync(fixture, order, channel, balanceFen: 0);
        Assert.Equal(OrderState.Failed, (await order.GetAsync())!.State);
        return (key, order);
    }

    public static void Change(ClusterFixture fixture, ChannelDiscrepancyKind kind, PaymentChannel channel, string outTradeNo, long? amountFen = null, string? outRefundNo = null)
    {
        var result = fixture.Sandbox.Trades.Apply(new ChannelDiscrepancy
        {
            Kind = kind,
            Channel = OrderTestKit.ToSandbox(channel),
            OutTradeNo = outTradeNo,
            AmountFen = amountFen,
            OutRefundNo = outRefundNo,
        });
        Assert.True(result.Applied, result.Problem);
    }

    public static IReconciliationGrain ReconciliationOf(ClusterFixture fixture, PaymentChannel channel) =>
        fixture.Client.GetGrain<IReconciliationGrain>(new ReconciliationKey(channel, Today).ToString());

    public static async Task<ReconciliationReport> RunAsync(ClusterFixture fixture, PaymentChannel channel)
    {
        var status = await ReconciliationOf(fixture, channel).RunAsync();
        Assert.True(status.Phase == ReconciliationPhase.Completed, $"{status.Phase}: {status.Error}");
        return status.Report!;
    }

    public static Discrepancy Single(ReconciliationReport report, string tradeNo, string? refundNo = null) =>
        Assert.Single(report.Discrepancies, d => d.ChannelOutTradeNo == tradeNo && (refundNo is null || d.ChannelOutRefundNo == refundNo));

    public static string Describe(ReconciliationReport report) => string.Join(
        Environment.NewLine,
        report.Discrepancies.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Class} {d.Resolution} {d.ChannelOutTradeNo} {d.ChannelOutRefundNo} {d.Detail} [{d.OurStatus} | {d.ChannelStatus}]")));
}
