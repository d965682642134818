using FacePay.Domain.Operations;

namespace FacePay.Domain.Tests.Operations;

public sealed class SiloFiguresTests
{
    private static readonly DateTimeOffset T0 = OperationEvents.T0;
    private static readonly Dictionary<string, string> NoBreakers = [];

    [Fact]
    public void A_window_sums_its_slots_and_forgets_what_fell_out()
    {
        var window = new SiloFiguresWindow(TimeSpan.FromSeconds(5), slots: 3);
        window.RecordChannelCall("Alipay", "Success", 40, T0);
        window.RecordChannelCall("Alipay", "Unknown", 900, T0.AddSeconds(6));
        window.RecordChannelCall("WechatPay", "Success", 30, T0.AddSeconds(11));

        var now = window.Snapshot("silo1", T0.AddSeconds(12), NoBreakers);
        var alipay = now.Channels.Single(c => c.Channel == "Alipay");
        Assert.Equal(2, alipay.Calls);
        Assert.Equal(1, alipay.Errors);
        Assert.Equal(0.5, alipay.ErrorRate);

        var later = window.Snapshot("silo1", T0.AddSeconds(16), NoBreakers);
        Assert.Equal(1, later.Channels.Single(c => c.Channel == "Alipay").Calls);
        Assert.Equal(TimeSpan.FromSeconds(15), later.Window);
    }

    [Fact]
    public void Face_checks_count_acceptances_rejection_reasons_and_busy_refusals()
    {
        var window = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);
        window.RecordFaceCheck(null, 25, T0);
        window.RecordFaceCheck("NoFace", 12, T0);
        window.RecordFaceCheck("NoFace", 14, T0);
        window.RecordFaceCheck("LivenessTooLow", 30, T0);
        window.RecordFaceBusy(T0);

        var face = window.Snapshot("silo1", T0, NoBreakers).Face;

        Assert.Equal(1, face.Accepted);
        Assert.Equal(3, face.Rejected);
        Assert.Equal(2, face.Rejections["NoFace"]);
        Assert.Equal(1, face.Busy);
        Assert.Equal(4, face.Durations.Count);
    }

    [Fact]
    public void A_channel_with_a_breaker_and_no_calls_is_listed_idle_with_its_state()
    {
        var window = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);

        var figures = window.Snapshot("silo1", T0, new Dictionary<string, string> { ["WechatPay"] = "Open" });

        var channel = Assert.Single(figures.Channels);
        Assert.Equal(("WechatPay", "Open", 0L), (channel.Channel, channel.BreakerState, channel.Calls));
        Assert.Null(channel.ErrorRate);
    }

    [Fact]
    public void Summed_over_silos_the_worst_breaker_state_wins()
    {
        var closed = ChannelCallFigures.Idle("Alipay");

        Assert.Equal("Open", closed.Plus(closed with { BreakerState = "Open" }).BreakerState);
        Assert.Equal("Open", (closed with { BreakerState = "Open" }).Plus(closed with { BreakerState = "HalfOpen" }).BreakerState);
        Assert.Equal("HalfOpen", closed.Plus(closed with { BreakerState = "HalfOpen" }).BreakerState);
    }

    [Fact]
    public void Silos_sum_per_channel_and_for_face_checks()
    {
        var a = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);
        var b = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);
        a.RecordChannelCall("Alipay", "Success", 10, T0);
        b.RecordChannelCall("Alipay", "DefiniteFailure", 20, T0);
        b.RecordFaceCheck(null, 20, T0);

        var (channels, face) = SiloFigures.Sum([a.Snapshot("s1", T0, NoBreakers), b.Snapshot("s2", T0, NoBreakers)]);

        Assert.Equal(2, Assert.Single(channels).Calls);
        Assert.Equal(1, face.Accepted);
    }

    [Fact]
    public void A_silo_that_stopped_reporting_drops_off_the_board()
    {
        var board = new SiloFiguresBoard();
        var empty = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 1);
        board.Report(empty.Snapshot("s1", T0, NoBreakers));
        board.Report(empty.Snapshot("s2", T0.AddSeconds(10), NoBreakers));

        Assert.Equal(["s1", "s2"], board.Current(T0.AddSeconds(14), TimeSpan.FromSeconds(15)).Select(s => s.Silo));
        Assert.Equal(["s2"], board.Current(T0.AddSeconds(16), TimeSpan.FromSeconds(15)).Select(s => s.Silo));
    }

    [Fact]
    public void An_older_report_of_a_silo_does_not_replace_a_newer_one()
    {
        var board = new SiloFiguresBoard();
        var window = new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12);
        window.RecordFaceBusy(T0.AddSeconds(5));
        board.Report(window.Snapshot("s1", T0.AddSeconds(5), NoBreakers));
        board.Report(new SiloFiguresWindow(TimeSpan.FromSeconds(5), 12).Snapshot("s1", T0, NoBreakers));

        Assert.Equal(1, Assert.Single(board.Current(T0.AddSeconds(6), TimeSpan.FromMinutes(1))).Face.Busy);
    }
}
