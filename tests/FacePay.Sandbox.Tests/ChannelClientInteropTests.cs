using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Faults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FacePay.Sandbox.Tests;

/// <summary>The Channels project's own clients against the sandbox: the two sides agree on the wire.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ChannelClientInteropTests(CredentialsFixture fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static TheoryData<ChannelKind> Channels => [ChannelKind.Alipay, ChannelKind.WechatPay];

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Pay_query_refund_refund_query_and_bill_round_trip(ChannelKind kind)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, dispose) = Create(kind, sandbox, http);
        using var _ = dispose;
        var no = Ids.New();

        var pay = await client.PayAsync(Pay(no, 1500), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, pay.Outcome);
        Assert.Equal(ChannelTradeStatus.Paid, pay.Status);
        Assert.Equal(1500, pay.Amount);

        var query = await client.QueryAsync(no, CancellationToken.None);
        Assert.Equal(ChannelTradeStatus.Paid, query.Status);

        var refund = await client.RefundAsync(new ChannelRefundRequest(no, "RF" + no, 500, 1500, "CNY", "test"), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, refund.Outcome);
        Assert.Equal(500, refund.RefundAmount);

        var refundQuery = await client.QueryRefundAsync(new ChannelRefundQueryRequest(no, "RF" + no), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, refundQuery.Outcome);
        Assert.Equal(ChannelRefundStatus.Success, refundQuery.Status);

        var bill = await client.GetBillAsync(new ChannelBillRequest(Today), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, bill.Outcome);
        // WeChat's hash_value is over the decompressed bill (原始账单（gzip需要解压缩）的摘要值): the download checks it so.
        using var file = new MemoryStream();
        await client.DownloadBillAsync(bill, file, CancellationToken.None);
        Assert.NotEqual(0, file.Length);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Close_of_a_waiting_trade_and_cancel_of_a_paid_trade(ChannelKind kind)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, dispose) = Create(kind, sandbox, http);
        using var _ = dispose;
        var waiting = Ids.New();
        var paid = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.UserPaying, OutTradeNo = waiting, Queries = 10 });

        var pending = await client.PayAsync(Pay(waiting, 100), CancellationToken.None);
        Assert.Equal(ChannelOutcome.Unknown, pending.Outcome);
        var close = await client.CloseAsync(waiting, CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, close.Outcome);
        Assert.Equal(ChannelTradeStatus.Closed, (await client.QueryAsync(waiting, CancellationToken.None)).Status);

        await client.PayAsync(Pay(paid, 100), CancellationToken.None);
        var cancel = await client.CancelAsync(paid, CancellationToken.None);
        Assert.Equal(ChannelOutcome.Success, cancel.Outcome);
        var afterCancel = await client.QueryAsync(paid, CancellationToken.None);
        Assert.Contains(afterCancel.Status, new[] { ChannelTradeStatus.Closed, ChannelTradeStatus.Revoked });
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task System_error_on_pay_is_classified_unknown_and_query_finds_the_truth(ChannelKind kind)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, dispose) = Create(kind, sandbox, http);
        using var _ = dispose;
        var no = Ids.New();
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.SystemError, OutTradeNo = no, Operation = SandboxOperation.Pay, ApplyOperation = true, Times = 1 });

        var pay = await client.PayAsync(Pay(no, 100), CancellationToken.None);
        var query = await client.QueryAsync(no, CancellationToken.None);

        Assert.Equal(ChannelOutcome.Unknown, pay.Outcome);
        Assert.Equal(ChannelTradeStatus.Paid, query.Status);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Query_of_a_trade_that_was_never_created_says_not_found(ChannelKind kind)
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient();
        var (client, dispose) = Create(kind, sandbox, http);
        using var _ = dispose;

        var query = await client.QueryAsync(Ids.New(), CancellationToken.None);

        Assert.Equal(ChannelTradeStatus.NotFound, query.Status);
    }

    [Fact]
    public async Task WeChat_code_pay_notification_goes_to_the_configured_notify_url_and_the_Channels_reader_accepts_it()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (204, string.Empty));
        sandbox.Options.WechatPayNotifyUrl = listener.Url;
        using var http = new HttpClient();
        var options = new WechatPayOptions();
        sandbox.ConfigureWechatPay(options);
        using var credentials = new WechatPayCredentials(Options.Create(options), TimeProvider.System);
        var client = new WechatPayClient(http, credentials, Options.Create(options), NullLogger<WechatPayClient>.Instance);
        var no = Ids.New();

        await client.PayAsync(Pay(no, 4321), CancellationToken.None);
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), TimeSpan.FromSeconds(20));

        var received = Assert.Single(listener.Received);
        var read = new WechatPayNotificationReader(credentials).Read(WechatPaySignatureHeaders.From(received.Header), received.Body);
        Assert.True(read.IsValid, read.Detail);
        Assert.Equal("TRANSACTION.SUCCESS", read.Value.EventType);
        Assert.Contains(no, read.Value.Plaintext, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alipay_notification_to_the_client_notify_url_is_accepted_by_the_Channels_reader()
    {
        await using var sandbox = await fixture.StartAsync();
        await using var listener = await NotifyListener.StartAsync((_, _) => (200, "success"));
        using var http = new HttpClient();
        var options = new AlipayOptions();
        sandbox.ConfigureAlipay(options, listener.Url);
        using var credentials = new AlipayCredentials(Options.Create(options));
        var client = new AlipayClient(http, credentials, Options.Create(options), TimeProvider.System, NullLogger<AlipayClient>.Instance);
        var no = Ids.New();

        await client.PayAsync(Pay(no, 1999), CancellationToken.None);
        await sandbox.Notifications.WaitForAsync(a => a.Any(x => x.OutTradeNo == no && x.Acknowledged), TimeSpan.FromSeconds(20));

        var read = new AlipayNotificationReader(credentials, Options.Create(options)).Read(Assert.Single(listener.Received).Text);
        Assert.True(read.IsValid, read.Detail);
        Assert.Equal(1999, read.Value.TotalAmountFen);
    }

    internal static ChannelPayRequest Pay(string no, long fen) =>
        new(no, fen, "CNY", "Face pay", ChannelPayMethod.PayerCode, PayerCode: "fp" + no.ToLowerInvariant(), DeviceId: "kiosk-1", StoreId: "store-1");

    internal static (IPaymentChannel Client, IDisposable Credentials) Create(ChannelKind kind, SandboxHost sandbox, HttpClient http)
    {
        if (kind == ChannelKind.Alipay)
        {
            var options = new AlipayOptions();
            sandbox.ConfigureAlipay(options);
            var wrapped = Options.Create(options);
            var credentials = new AlipayCredentials(wrapped);
            return (new AlipayClient(http, credentials, wrapped, TimeProvider.System, NullLogger<AlipayClient>.Instance), credentials);
        }

        var wechatOptions = new WechatPayOptions();
        sandbox.ConfigureWechatPay(wechatOptions);
        var wrappedWechat = Options.Create(wechatOptions);
        var wechatCredentials = new WechatPayCredentials(wrappedWechat, TimeProvider.System);
        return (new WechatPayClient(http, wechatCredentials, wrappedWechat, NullLogger<WechatPayClient>.Instance), wechatCredentials);
    }

}
