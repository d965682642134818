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
        var options = new OperatorOptions { Login = new LoginThrottleOptions { MaxFailures = 3, Window = TimeSpan.FromMinutes(5), Lockout = TimeSpan.FromMinutes(10) } };
        _throttle = new LoginThrottle(Options.Create(options), _time);
    }

    [Fact]
    public void The_limit_of_failures_locks_the_account_and_the_address()
    {
        Assert.False(_throttle.RecordFailure("account:alice", "address:10.0.0.1"));
        Assert.False(_throttle.RecordFailure("account:alice", "address:10.0.0.1"));
        Assert.Null(_throttle.LockedUntil("account:alice"));

        Assert.True(_throttle.RecordFailure("account:alice", "address:10.0.0.1"));

        Assert.Equal(_time.GetUtcNow().AddMinutes(10), _throttle.LockedUntil("account:alice"));
        Assert.NotNull(_throttle.LockedUntil("account:bob", "address:10.0.0.1"));
        Assert.Null(_throttle.LockedUntil("account:bob", "address:10.0.0.2"));
    }

    [Fact]
    public void A_lockout_ends_after_its_time()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.RecordFailure("account:alice");
        }

        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Null(_throttle.LockedUntil("account:alice"));
        Assert.False(_throttle.RecordFailure("account:alice"));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_never_lock()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.False(_throttle.RecordFailure("account:alice"));
            _time.Advance(TimeSpan.FromMinutes(3));
        }
    }

    [Fact]
    public void A_successful_login_forgets_the_accounts_failures()
    {
        _throttle.RecordFailure("account:alice");
        _throttle.RecordFailure("account:alice");
        _throttle.RecordSuccess("account:alice");

        Assert.False(_throttle.RecordFailure("account:alice"));
        Assert.False(_throttle.RecordFailure("account:alice"));
    }
}
