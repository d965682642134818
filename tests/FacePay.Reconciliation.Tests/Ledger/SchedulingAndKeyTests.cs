using FacePay.Domain;
using FacePay.Reconciliation.Reports;
using FacePay.Reconciliation.Scheduling;

namespace FacePay.Reconciliation.Tests.Ledger;

public sealed class SchedulingAndKeyTests
{
    [Theory]
    [InlineData("2026-11-23T01:00:00+00:00", "2026-11-23T10:30:00+08:00")]
    [InlineData("2026-11-23T02:30:00+00:00", "2026-11-24T10:30:00+08:00")]
    [InlineData("2026-11-23T17:00:00+00:00", "2026-11-24T10:30:00+08:00")]
    public void The_next_run_is_the_next_configured_beijing_time(string now, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            DailyRunSchedule.NextDue(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(10, 30)));

    [Fact]
    public void A_run_reconciles_the_beijing_day_before() =>
        Assert.Equal(new DateOnly(2026, 11, 23), DailyRunSchedule.BillDateFor(new DateTimeOffset(2026, 11, 24, 10, 30, 0, TimeSpan.FromHours(8))));

    [Theory]
    [InlineData("Alipay/2026-11-23", PaymentChannel.Alipay)]
    [InlineData("wechatpay/2026-11-23", PaymentChannel.WechatPay)]
    public void Keys_parse_with_any_channel_case_and_print_canonically(string text, PaymentChannel channel)
    {
        Assert.True(ReconciliationKey.TryParse(text, out var key));
        Assert.Equal(new ReconciliationKey(channel, new DateOnly(2026, 11, 23)), key);
        Assert.Equal($"{channel}/2026-11-23", key.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Alipay")]
    [InlineData("Paypal/2026-11-23")]
    [InlineData("1/2026-11-23")]
    [InlineData("Alipay/2026-13-01")]
    [InlineData("Alipay/20261123")]
    public void Anything_else_is_not_a_key(string text) => Assert.False(ReconciliationKey.TryParse(text, out _));
}
