using FacePay.Domain.Webhooks;

namespace FacePay.Domain.Tests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    [Fact]
    public void Default_schedule_has_sixteen_retries_over_about_a_day()
    {
        var schedule = WebhookRetrySchedule.Default;

        Assert.Equal(16, schedule.Delays.Count);
        Assert.Equal(17, schedule.MaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(1 + 10 + 50) + TimeSpan.FromHours(5 + 18), schedule.TotalSpan);
        Assert.Equal(TimeSpan.FromMinutes(1), schedule.DelayAfter(1));
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.DelayAfter(2));
        Assert.Equal(TimeSpan.FromHours(6), schedule.DelayAfter(16));
    }

    [Fact]
    public void Delays_never_shrink_in_the_default_schedule()
    {
        var delays = WebhookRetrySchedule.Default.Delays;

        Assert.All(delays.Zip(delays.Skip(1)), pair => Assert.True(pair.First <= pair.Second));
    }

    [Fact]
    public void After_the_last_attempt_there_is_no_next_one()
    {
        var schedule = new WebhookRetrySchedule([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);

        Assert.Equal(TimeSpan.FromSeconds(2), schedule.DelayAfter(2));
        Assert.Null(schedule.DelayAfter(3));
        Assert.Null(schedule.DelayAfter(100));
    }

    [Fact]
    public void Compression_keeps_the_attempt_count_and_divides_every_wait()
    {
        var compressed = WebhookRetrySchedule.Default.Compressed(3600);

        Assert.Equal(WebhookRetrySchedule.Default.MaxAttempts, compressed.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(6), compressed.DelayAfter(16));
        Assert.True(compressed.TotalSpan < TimeSpan.FromSeconds(25));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Compression_below_one_or_not_finite_is_refused(double factor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WebhookRetrySchedule.Default.Compressed(factor));
    }

    [Fact]
    public void Negative_delays_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WebhookRetrySchedule([TimeSpan.FromSeconds(-1)]));
    }
}
