using FacePay.Domain.Events;
using FacePay.Domain.Operations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static FacePay.Domain.Tests.Operations.OperationEvents;

namespace FacePay.Domain.Tests.Operations;

public sealed class OperationsSerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    [Fact]
    public void A_stored_ledger_keeps_its_figures_and_still_drops_redeliveries()
    {
        var ledger = new MerchantOperationsLedger();
        var paid = Paid("o_0001", T0);
        ledger.Apply(Created("o_0001", T0), T0, OperationsLimits.Default);
        ledger.Apply(paid, T0, OperationsLimits.Default);
        ledger.Apply(Failed("o_0002", T0), T0, OperationsLimits.Default);

        var copy = RoundTrip(ledger);

        Assert.False(copy.Apply(paid, T0, OperationsLimits.Default));
        Assert.Equal(OrderState.Paid, copy.Find(Key("o_0001"))!.State);
        Assert.Equal(ledger.Buckets.Select(b => (b.Start, string.Join(',', b.Counts))), copy.Buckets.Select(b => (b.Start, string.Join(',', b.Counts))));
        Assert.Equal("ACQ.TRADE_HAS_CLOSE", Assert.Single(copy.Failures).Code);
    }

    [Fact]
    public void Silo_figures_cross_the_wire_unchanged()
    {
        var window = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);
        window.RecordChannelCall("Alipay", "Success", 42, T0);
        window.RecordFaceCheck("NoFace", 12, T0);
        var figures = window.Snapshot("silo1", T0, new Dictionary<string, string> { ["Alipay"] = "HalfOpen" });

        var copy = RoundTrip(figures);

        Assert.Equal(figures.Silo, copy.Silo);
        Assert.Equal("HalfOpen", copy.Channels.Single().BreakerState);
        Assert.Equal(figures.Channels.Single().Durations.Counts.ToArray(), copy.Channels.Single().Durations.Counts.ToArray());
        Assert.Equal(1, copy.Face.Rejections["NoFace"]);
    }

    [Fact]
    public void An_unknown_outcome_is_published_for_operators_and_not_for_merchants()
    {
        var paying = TestOrders.Paying();
        var decision = paying.ApplyChannelResult(
            new ChannelPaymentResult(TestOrders.Key.ChannelOutTradeNo(1), ChannelPaymentOutcome.Unknown, ChangeSource.ChannelResponse, ErrorCode: "USERPAYING"),
            T0.AddMinutes(1));

        var unknown = Assert.IsType<PaymentOutcomeUnknown>(Assert.Single(decision.Events));
        Assert.False(unknown.NotifiesMerchant);
        Assert.Equal("USERPAYING", unknown.ErrorCode);
        Assert.Equal(paying.Channel, unknown.Channel);
        Assert.True(new OrderClosed(TestOrders.Key, 2, T0, ChangeSource.Api, CloseReason.Operator).NotifiesMerchant);
    }

    public void Dispose() => _services.Dispose();

    private T RoundTrip<T>(T value)
    {
        var serializer = _services.GetRequiredService<Serializer>();
        return serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
    }
}
