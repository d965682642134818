using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Sandbox.Faults;
using Xunit;

namespace FacePay.Grains.Tests.Orders;

/// <summary>Orders paid through the real channel clients against the sandbox, on a two-silo cluster over PostgreSQL.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrderPaymentFlowTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(PaymentChannel.Alipay)]
    [InlineData(PaymentChannel.WechatPay)]
    public async Task Happy_path_pays_once_and_the_order_is_paid(PaymentChannel channel)
    {
        var key = OrderTestKit.NewKey("happy");
        var order = await OrderTestKit.CreateAsync(fixture, key, 2500, channel);

        var paid = await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order));

        Assert.True(paid.Succeeded, paid.Message);
        Assert.Equal(OrderState.Paid, paid.Order!.State);
        var trade = OrderTestKit.Trade(fixture, key, channel);
        Assert.NotNull(trade);
        Assert.Equal(1, trade.PayCalls);
        Assert.Equal(2500, trade.PaidFen);
        Assert.Equal(trade.TradeNo, paid.Order.ChannelTradeNo);
    }

    [Fact]
    public async Task Fifty_concurrent_pay_calls_reach_the_channel_once()
    {
        var key = OrderTestKit.NewKey("conc");
        var order = await OrderTestKit.CreateAsync(fixture, key);

        var pay = await OrderTestKit.ReadyToPayAsync(fixture, order);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => order.PayAsync(pay)));

        Assert.Single(results, r => r.Succeeded && !r.Replayed);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(OrderError.AlreadyPaid, r.Error));
        Assert.Equal(1, OrderTestKit.Trade(fixture, key)!.PayCalls);
        Assert.Single(fixture.Sandbox.Trades.All(), t => t.OutTradeNo.StartsWith(key.OutTradeNo, StringComparison.Ordinal));
        Assert.Equal(OrderState.Paid, (await order.GetAsync())!.State);
    }

    [Fact]
    public async Task Userpaying_then_success_is_settled_by_query_without_paying_again()
    {
        var key = OrderTestKit.NewKey("upay");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        fixture.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.UserPaying, OutTradeNo = key.ChannelOutTradeNo(1), Queries = 3 });

        var first = await order.PayAsync(OrderTestKit.Withholding());
        Assert.Equal(OrderState.Paying, first.Order!.State);

        var settled = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Paid);
        Assert.Equal(OrderState.Paid, settled.State);
        var trade = OrderTestKit.Trade(fixture, key)!;
        Assert.Equal(1, trade.PayCalls);
        Assert.True(trade.QueryCalls >= 3, $"expected the outcome to come from queries, saw {trade.QueryCalls}");
    }

    [Fact]
    public async Task Timeout_after_send_then_query_finds_it_paid()
    {
        var key = OrderTestKit.NewKey("tmo");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Timeout,
            OutTradeNo = key.ChannelOutTradeNo(1),
            Operation = SandboxOperation.Pay,
            ApplyOperation = true,
            Times = 1,
        });

        var first = await order.PayAsync(OrderTestKit.Withholding());
        Assert.Equal(OrderState.Paying, first.Order!.State);

        var settled = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Paid);
        Assert.Equal(OrderState.Paid, settled.State);
        Assert.Equal(1, OrderTestKit.Trade(fixture, key)!.PayCalls);
    }

    [Fact]
    public async Task System_error_with_nothing_at_the_channel_ends_failed_and_can_then_close()
    {
        var key = OrderTestKit.NewKey("syserr");
        var order = await OrderTestKit.CreateAsync(fixture, key);
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.SystemError,
            OutTradeNo = key.ChannelOutTradeNo(1),
            Operation = SandboxOperation.Pay,
            ApplyOperation = false,
            Times = 1,
        });

        var first = await order.PayAsync(OrderTestKit.Withholding());
        Assert.Equal(OrderState.Paying, first.Order!.State);

        var settled = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Failed);
        Assert.Equal(OrderState.Failed, settled.State);
        Assert.Equal(0, OrderTestKit.Trade(fixture, key)?.PaidFen ?? 0);

        var closed = await order.CloseAsync();
        Assert.Equal(OrderState.Closed, closed.Order!.State);
    }

    [Fact]
    public async Task Partial_refunds_up_to_the_paid_amount_and_an_over_refund_is_refused()
    {
        var key = OrderTestKit.NewKey("refund");
        var order = await OrderTestKit.CreateAsync(fixture, key, 1000);
        Assert.True((await order.PayAsync(OrderTestKit.Withholding())).Succeeded);

        var first = await order.RefundAsync(new RefundOrder("r1", Money.Of(300, "CNY")));
        var again = await order.RefundAsync(new RefundOrder("r1", Money.Of(300, "CNY")));
        var over = await order.RefundAsync(new RefundOrder("r2", Money.Of(701, "CNY")));
        var rest = await order.RefundAsync(new RefundOrder("r3", Money.Of(700, "CNY")));

        Assert.True(first.Succeeded, first.Message);
        Assert.True(again.Replayed);
        Assert.Equal(OrderError.RefundExceedsPaid, over.Error);
        Assert.True(rest.Succeeded, rest.Message);
        var final = await OrderTestKit.EventuallyAsync(order, o => o.State == OrderState.Refunded);
        Assert.Equal(OrderState.Refunded, final.State);
        Assert.Equal(1000, final.Refunded.MinorUnits);
        Assert.Equal(1000, OrderTestKit.Trade(fixture, key)!.RefundsFen);
    }

    [Theory]
    [InlineData(PaymentChannel.Alipay)]
    [InlineData(PaymentChannel.WechatPay)]
    public async Task Refund_lost_before_it_reached_the_channel_is_sent_again_and_settles(PaymentChannel channel)
    {
        var key = OrderTestKit.NewKey("lostrefund");
        var order = await OrderTestKit.CreateAsync(fixture, key, 1000, channel);
        var paid = await order.PayAsync(await OrderTestKit.ReadyToPayAsync(fixture, order));
        Assert.Equal(OrderState.Paid, paid.Order!.State);

        // A proxy answers 502 to the refund call and the channel never sees it: its answer is unknown to the order,
        // and the channel knows no such refund when asked.
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.HttpError,
            StatusCode = 502,
            Operation = SandboxOperation.Refund,
            OutTradeNo = key.ChannelOutTradeNo(1),
            Times = 1,
        });
        var requested = await order.RefundAsync(new RefundOrder("r1", Money.Of(400, "CNY")));
        Assert.True(requested.Succeeded, requested.Message);
        Assert.Equal(RefundStatus.Pending, Assert.Single(requested.Order!.Refunds).Status);

        var final = await OrderTestKit.EventuallyAsync(order, o => o.Refunds.All(r => r.Status != RefundStatus.Pending));
        Assert.Equal((OrderState.PartiallyRefunded, RefundStatus.Succeeded, 400L), (final.State, Assert.Single(final.Refunds).Status, final.Refunded.MinorUnits));
        Assert.Equal(400, OrderTestKit.Trade(fixture, key, channel)!.RefundsFen);
    }
}
