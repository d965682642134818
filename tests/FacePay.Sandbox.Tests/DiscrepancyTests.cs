using System.Net;
using System.Net.Http.Json;
using FacePay.Channels.Abstractions;
using FacePay.Domain;
using FacePay.Reconciliation.Bills;
using FacePay.Sandbox.Faults;

namespace FacePay.Sandbox.Tests;

/// <summary>Silent changes of the channel's records and damaged bills, as reconciliation tests ask for them.</summary>
[Collection(SandboxCollection.Name)]
public sealed class DiscrepancyTests(CredentialsFixture fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static TheoryData<ChannelKind> Channels => [ChannelKind.Alipay, ChannelKind.WechatPay];

    private static async Task<List<BillRecord>> BillAsync(IPaymentChannel client, ChannelKind kind)
    {
        var bill = await client.GetBillAsync(new ChannelBillRequest(Today), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, bill.Outcome);
        using var file = new MemoryStream();
        await client.DownloadBillAsync(bill, file, CancellationToken.None);
        return [.. BillReaders.For(kind == ChannelKind.Alipay ? PaymentChannel.Alipay : PaymentChannel.WechatPay).Read(file)];
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Silent_changes_show_in_queries_and_bills_and_send_no_notification(ChannelKind kind)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        var (client, credentials) = ChannelClientInteropTests.Create(kind, sandbox, http);
        using var _ = credentials;
        var channel = kind == ChannelKind.Alipay ? "Alipay" : "WechatPay";
        var charged = Ids.New();
        var reversed = Ids.New();
        var refunded = Ids.New();
        await client.PayAsync(ChannelClientInteropTests.Pay(reversed, 300), CancellationToken.None);
        await client.PayAsync(ChannelClientInteropTests.Pay(refunded, 400), CancellationToken.None);
        var before = sandbox.Notifications.All().Count;

        foreach (var change in new object[]
        {
            new { kind = "SilentCharge", channel, outTradeNo = charged, amountFen = 1234 },
            new { kind = "SilentReversal", channel, outTradeNo = reversed },
            new { kind = "SilentRefund", channel, outTradeNo = refunded, amountFen = 100, outRefundNo = "RSILENT1" },
        })
        {
            var answer = await http.PostAsJsonAsync("sandbox/discrepancies", change);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        Assert.Equal(ChannelTradeStatus.Paid, (await client.QueryAsync(charged, CancellationToken.None)).Status);
        var records = await BillAsync(client, kind);
        Assert.Contains(records, r => r is { Kind: BillRecordKind.Payment, AmountFen: 1234 } && r.ChannelOutTradeNo == charged);
        Assert.Contains(records, r => r is { Kind: BillRecordKind.Reversal, AmountFen: 300 } && r.ChannelOutTradeNo == reversed);
        Assert.Contains(records, r => r is { Kind: BillRecordKind.Refund, AmountFen: 100, ChannelOutRefundNo: "RSILENT1" });
        await Task.Delay(200);
        Assert.Equal(before, sandbox.Notifications.All().Count);
    }

    [Fact]
    public async Task Discrepancy_requests_are_validated_and_impossible_ones_change_nothing()
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };

        var noAmount = await http.PostAsJsonAsync("sandbox/discrepancies", new { kind = "ChangeAmount", channel = "Alipay", outTradeNo = "T1" });
        var unknown = await http.PostAsJsonAsync("sandbox/discrepancies", new { kind = "SilentVoid", channel = "Alipay", outTradeNo = "T1" });

        Assert.Equal(HttpStatusCode.BadRequest, noAmount.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
        Assert.Empty(sandbox.Trades.All());
    }

    [Fact]
    public async Task A_duplicate_line_fault_repeats_the_payment_in_a_bill_that_still_adds_up()
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, credentials) = ChannelClientInteropTests.Create(ChannelKind.Alipay, sandbox, http);
        using var _ = credentials;
        var no = Ids.New();
        await client.PayAsync(ChannelClientInteropTests.Pay(no, 500), CancellationToken.None);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.BillDuplicateLine, OutTradeNo = no, Times = 1 });

        var first = await BillAsync(client, ChannelKind.Alipay);
        var second = await BillAsync(client, ChannelKind.Alipay);

        Assert.Equal(2, first.Count(r => r.ChannelOutTradeNo == no));
        Assert.Single(second, r => r.ChannelOutTradeNo == no);
    }

    [Theory]
    [InlineData(ChannelKind.WechatPay, FaultKind.BillWrongHash, "hash")]
    [InlineData(ChannelKind.WechatPay, FaultKind.BillTruncated, "")]
    [InlineData(ChannelKind.Alipay, FaultKind.BillTruncated, "zip")]
    [InlineData(ChannelKind.Alipay, FaultKind.BillBadEncoding, "GBK")]
    [InlineData(ChannelKind.WechatPay, FaultKind.BillBadEncoding, "UTF-8")]
    [InlineData(ChannelKind.Alipay, FaultKind.BillMissingColumn, "商户订单号")]
    [InlineData(ChannelKind.WechatPay, FaultKind.BillMissingColumn, "商户订单号")]
    public async Task Bill_faults_give_files_the_download_or_the_reader_refuses(ChannelKind kind, FaultKind fault, string reason)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, credentials) = ChannelClientInteropTests.Create(kind, sandbox, http);
        using var _ = credentials;
        await client.PayAsync(ChannelClientInteropTests.Pay(Ids.New(), 500), CancellationToken.None);
        sandbox.Faults.Add(new FaultRule { Kind = fault, Operation = SandboxOperation.Bill, Times = 1 });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BillAsync(client, kind));

        Assert.True(error is BillFormatException or ChannelBillDownloadException, error.ToString());
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
