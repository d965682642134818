using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.Grains.Tests.Orders;
using FacePay.Reconciliation.Reports;
using FacePay.Sandbox.Discrepancies;
using FacePay.Sandbox.Faults;
using Xunit;
using static FacePay.Grains.Tests.Reconciliation.ReconciliationTestKit;

namespace FacePay.Grains.Tests.Reconciliation;

/// <summary>
/// Reconciliation end to end on the two-silo cluster: the sandbox is told to make each discrepancy class on purpose
/// (silently, as a channel's records drift), the bill is downloaded and read in the channel's own format, and the
/// report is checked line by line. Each channel's day is one bill, so the Alipay test owns Alipay's day and the
/// WeChat tests own WeChat's.
/// </summary>
[Collection(ReconciliationCollection.Name)]
public sealed class ReconciliationTests(ReconciliationClusterFixture fixture)
{
    private const PaymentChannel Alipay = PaymentChannel.Alipay;
    private const PaymentChannel Wechat = PaymentChannel.WechatPay;

    [Fact]
    public async Task Every_discrepancy_class_is_detected_and_classified_and_the_repairable_ones_are_repaired()
    {
        // Agreeing orders: a payment, and a payment with a refund.
        var agreeing = await PaidAsync(fixture, "ok", Alipay);
        var refundedKey = await PaidAsync(fixture, "okref", Alipay);
        Assert.True((await fixture.Client.GetGrain<IOrderGrain>(refundedKey.ToString()).RefundAsync(new RefundOrder("R1", Money.Of(500, "CNY"), null))).Succeeded);

        // Paid at channel, not here: a charge the channel refused, then took silently (repairable) ...
        var (lost, lostOrder) = await FailedAsync(fixture, "lost", Alipay);
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Alipay, TradeNo(lost), 1999);
        // ... and money for a trade number we never issued (for an operator).
        var ghost = TradeNo(OrderTestKit.NewKey("ghost"));
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Alipay, ghost, 777);

        // Paid here, not at channel; amount mismatch; status mismatch (the channel reversed it).
        var voided = await PaidAsync(fixture, "void", Alipay);
        Change(fixture, ChannelDiscrepancyKind.SilentVoid, Alipay, TradeNo(voided));
        var amount = await PaidAsync(fixture, "amt", Alipay);
        Change(fixture, ChannelDiscrepancyKind.ChangeAmount, Alipay, TradeNo(amount), 1000);
        var reversed = await PaidAsync(fixture, "rev", Alipay);
        Change(fixture, ChannelDiscrepancyKind.SilentReversal, Alipay, TradeNo(reversed));

        // Refund mismatches: a refund we never asked for, and one of ours the channel dropped.
        var extraRefund = await PaidAsync(fixture, "xref", Alipay);
        Change(fixture, ChannelDiscrepancyKind.SilentRefund, Alipay, TradeNo(extraRefund), 300, "RSILENT1");
        var droppedKey = await PaidAsync(fixture, "dref", Alipay);
        var dropped = fixture.Client.GetGrain<IOrderGrain>(droppedKey.ToString());
        Assert.True((await dropped.RefundAsync(new RefundOrder("R2", Money.Of(400, "CNY"), null))).Succeeded);
        var droppedRefundNo = (await dropped.GetOrderAsync())!.Refunds[0].ChannelOutRefundNo;
        Change(fixture, ChannelDiscrepancyKind.ForgetRefund, Alipay, TradeNo(droppedKey), outRefundNo: droppedRefundNo);

        // Duplicates: a second charge on the failed first attempt of an order paid by its second (repairable), and a
        // bill that lists one payment twice (the next bill lists it once).
        var (twice, twiceOrder) = await FailedAsync(fixture, "twice", Alipay);
        Assert.True((await twiceOrder.PayAsync(OrderTestKit.Withholding())).Succeeded);
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Alipay, TradeNo(twice, 1), 1999);
        var listedTwice = await PaidAsync(fixture, "dup", Alipay);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.BillDuplicateLine, OutTradeNo = TradeNo(listedTwice), Times = 1 });

        var first = await RunAsync(fixture, Alipay);

        var why = Describe(first);
        Assert.True(first.DiscrepancyCount == 9, why);
        Assert.Equal((DiscrepancyClass.PaidAtChannelNotHere, DiscrepancyResolution.Repaired), Classified(Single(first, TradeNo(lost))));
        Assert.Equal((DiscrepancyClass.PaidAtChannelNotHere, DiscrepancyResolution.Open), Classified(Single(first, ghost)));
        Assert.Equal((DiscrepancyClass.PaidHereNotAtChannel, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(voided))));
        Assert.Equal((DiscrepancyClass.AmountMismatch, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(amount))));
        Assert.Equal((DiscrepancyClass.StatusMismatch, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(reversed))));
        Assert.Equal((DiscrepancyClass.RefundMismatch, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(extraRefund), "RSILENT1")));
        Assert.Equal((DiscrepancyClass.RefundMismatch, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(droppedKey), droppedRefundNo)));
        Assert.Equal((DiscrepancyClass.Duplicate, DiscrepancyResolution.Repaired), Classified(Single(first, TradeNo(twice, 1))));
        Assert.Equal((DiscrepancyClass.Duplicate, DiscrepancyResolution.Open), Classified(Single(first, TradeNo(listedTwice))));
        Assert.DoesNotContain(first.Discrepancies, d => d.OrderKey == agreeing.ToString() || d.OrderKey == refundedKey.ToString());
        Assert.True(first.Matched >= 4, why);

        // The repairs went through the orders: the lost charge is now a payment, the second charge went back.
        Assert.Equal(OrderState.Paid, (await lostOrder.GetAsync())!.State);
        Assert.Equal("Revoked", fixture.Sandbox.Trades.Find(Sandbox.SandboxChannel.Alipay, TradeNo(twice, 1))!.Status.ToString());

        var second = await RunAsync(fixture, Alipay);

        Assert.Equal(first.RunNumber + 1, second.RunNumber);
        Assert.Equal(
            new[] { ghost, TradeNo(voided), TradeNo(amount), TradeNo(reversed), TradeNo(extraRefund), TradeNo(droppedKey) }.Order(),
            second.Discrepancies.Select(d => d.ChannelOutTradeNo).Order());
        Assert.All(second.Discrepancies, d => Assert.Equal(DiscrepancyResolution.Open, d.Resolution));
    }

    [Fact]
    public async Task Repairable_discrepancies_are_repaired_and_a_second_run_reports_a_clean_day()
    {
        var agreeing = await PaidAsync(fixture, "wok", Wechat);
        var (lost, lostOrder) = await FailedAsync(fixture, "wlost", Wechat);
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Wechat, TradeNo(lost), 1999);
        var (twice, twiceOrder) = await FailedAsync(fixture, "wtwice", Wechat);
        Assert.True((await PayWithFaceAsync(fixture, twiceOrder, Wechat)).Succeeded);
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Wechat, TradeNo(twice, 1), 1999);

        var first = await RunAsync(fixture, Wechat);

        Assert.True(first.DiscrepancyCount == 2, Describe(first));
        Assert.Equal((DiscrepancyClass.PaidAtChannelNotHere, DiscrepancyResolution.Repaired), Classified(Single(first, TradeNo(lost))));
        Assert.Equal((DiscrepancyClass.Duplicate, DiscrepancyResolution.Repaired), Classified(Single(first, TradeNo(twice, 1))));
        Assert.Equal(OrderState.Paid, (await lostOrder.GetAsync())!.State);
        Assert.DoesNotContain(first.Discrepancies, d => d.OrderKey == agreeing.ToString());

        var second = await RunAsync(fixture, Wechat);

        Assert.True(second.IsClean, Describe(second));
        Assert.Empty(second.Discrepancies);
        Assert.Equal(second.Bill.Lines, second.Matched);
    }

    [Theory]
    [InlineData(FaultKind.BillWrongHash, "hash")]
    [InlineData(FaultKind.BillTruncated, "")]
    [InlineData(FaultKind.BillBadEncoding, "UTF-8")]
    [InlineData(FaultKind.BillMissingColumn, "商户订单号")]
    public async Task A_malformed_bill_fails_the_run_with_a_clear_error_and_changes_nothing(FaultKind fault, string reason)
    {
        var (lost, lostOrder) = await FailedAsync(fixture, "wbad", Wechat);
        Change(fixture, ChannelDiscrepancyKind.SilentCharge, Wechat, TradeNo(lost), 1999);
        var before = (await ReconciliationOf(fixture, Wechat).GetStatusAsync()).Report;
        var version = (await lostOrder.GetAsync())!.Version;
        var rule = fixture.Sandbox.Faults.Add(new FaultRule { Kind = fault, Operation = Sandbox.Faults.SandboxOperation.Bill, Channel = Sandbox.SandboxChannel.WechatPay, Times = 1 });

        var failed = await ReconciliationOf(fixture, Wechat).RunAsync();

        fixture.Sandbox.Faults.Remove(rule);
        Assert.Equal(ReconciliationPhase.Failed, failed.Phase);
        Assert.Contains(reason, failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Error!);
        Assert.Equal((before?.RunNumber, before?.CompletedAt), (failed.Report?.RunNumber, failed.Report?.CompletedAt));
        Assert.Equal((OrderState.Failed, version), ((await lostOrder.GetAsync())!.State, (await lostOrder.GetAsync())!.Version));

        // The next good bill repairs what the bad one could not, leaving the WeChat day as it was for the other tests.
        var repaired = await RunAsync(fixture, Wechat);
        Assert.Equal(DiscrepancyResolution.Repaired, Single(repaired, TradeNo(lost)).Resolution);
    }

    private static (DiscrepancyClass, DiscrepancyResolution) Classified(Discrepancy discrepancy) => (discrepancy.Class, discrepancy.Resolution);
}
