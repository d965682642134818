using FacePay.Operators.Login;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Operators.Tests;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests()
    {
        var login = new LoginThrottleOptions { MaxFailures = 3, MaxFailuresPerAddress = 5, Window = TimeSpan.FromMinutes(5), Lockout = TimeSpan.FromMinutes(10) };
        _throttle = new LoginThrottle(Options.Create(new OperatorOptions { Login = login }), _time);
    }

    [Fact]
    public void The_limit_of_failures_locks_the_account_everywhere()
    {
        Assert.False(_throttle.RecordFailure("alice", "10.0.0.1"));
        Assert.False(_throttle.RecordFailure("alice", "10.0.0.2"));
        Assert.Null(_throttle.LockedUntil("alice", "10.0.0.3"));

        Assert.True(_throttle.RecordFailure("alice", "10.0.0.3"));

        Assert.Equal(_time.GetUtcNow().AddMinutes(10), _throttle.LockedUntil("alice", "10.0.0.9"));
        Assert.Null(_throttle.LockedUntil("bob", "10.0.0.1"));
    }

    [Fact]
    public void An_address_trying_many_names_is_locked_for_every_name()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.False(_throttle.RecordFailure($"name{i}", "10.0.0.1"));
        }

        Assert.True(_throttle.RecordFailure(null, "10.0.0.1"));
        Assert.NotNull(_throttle.LockedUntil("carol", "10.0.0.1"));
        Assert.Null(_throttle.LockedUntil("carol", "10.0.0.2"));
    }

    [Fact]
    public void A_lockout_ends_after_its_time()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.RecordFailure("alice", "10.0.0.1");
        }

        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Null(_throttle.LockedUntil("alice", "10.0.0.1"));
        Assert.False(_throttle.RecordFailure("alice", "10.0.0.1"));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_never_lock()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.False(_throttle.RecordFailure("alice", "10.0.0.1"));
            _time.Advance(TimeSpan.FromMinutes(3));
        }
    }

    [Fact]
    public void A_successful_login_forgets_the_accounts_failures()
    {
        _throttle.RecordFailure("alice", "10.0.0.1");
        _throttle.RecordFailure("alice", "10.0.0.1");
        _throttle.RecordSuccess("alice");

        Assert.False(_throttle.RecordFailure("alice", "10.0.0.2"));
        Assert.False(_throttle.RecordFailure("alice", "10.0.0.2"));
    }
}
