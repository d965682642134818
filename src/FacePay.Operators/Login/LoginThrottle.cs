using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FacePay.Operators.Login;

/// <summary>
/// Counts failed operator logins (console form, Basic and Bearer alike) per account name and per client address, and
/// refuses further tries under either once its limit of failures falls within <see cref="LoginThrottleOptions.Window"/>,
/// for <see cref="LoginThrottleOptions.Lockout"/>. An address gets a higher limit than an account
/// (<see cref="LoginThrottleOptions.MaxFailuresPerAddress"/>): many operators may share one address. In memory, per host:
/// a guard against guessing, not an audit log. Bounded: entries whose window and lockout are over are dropped.
/// </summary>
public sealed class LoginThrottle(IOptions<OperatorOptions> options, TimeProvider time)
{
    private const int MaxEntries = 10_000;

    private readonly LoginThrottleOptions _options = options.Value.Login;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Until when logins for <paramref name="account"/> or from <paramref name="address"/> are refused; null when they are allowed now.</summary>
    public DateTimeOffset? LockedUntil(string? account, string? address)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? until = null;
        foreach (var key in Keys(account, address))
        {
            if (_entries.TryGetValue(key.Key, out var entry) && entry.LockedUntil is { } locked && locked > now && (until is null || locked > until))
            {
                until = locked;
            }
        }

        return until;
    }

    /// <summary>Counts one failure for the account (when named) and the address; true when that locked either.</summary>
    public bool RecordFailure(string? account, string? address)
    {
        var now = time.GetUtcNow();
        if (_entries.Count > MaxEntries)
        {
            Prune(now);
        }

        var locked = false;
        foreach (var (key, limit) in Keys(account, address))
        {
            var entry = _entries.AddOrUpdate(key, _ => Entry.First(now), (_, held) => IsOver(held, now) ? Entry.First(now) : held with { Failures = held.Failures + 1 });
            if (entry.Failures >= limit && entry.LockedUntil is null)
            {
                _entries[key] = entry with { LockedUntil = now + _options.Lockout };
                locked = true;
            }
        }

        return locked;
    }

    /// <summary>Forgets the failures of an account after a successful login (the address keeps its count).</summary>
    public void RecordSuccess(string account) => _entries.TryRemove(AccountKey(account), out _);

    private static string AccountKey(string account) => "account:" + account;

    private IEnumerable<(string Key, int Limit)> Keys(string? account, string? address)
    {
        if (!string.IsNullOrEmpty(account))
        {
            yield return (AccountKey(account), _options.MaxFailures);
        }

        yield return ("address:" + (address ?? "unknown"), _options.MaxFailuresPerAddress);
    }

    // A lockout that ended, or a window that ended without one, starts counting afresh.
    private bool IsOver(Entry entry, DateTimeOffset now) =>
        entry.LockedUntil is { } until ? until <= now : entry.WindowStart + _options.Window <= now;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (IsOver(entry, now))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset WindowStart, int Failures, DateTimeOffset? LockedUntil)
    {
        public static Entry First(DateTimeOffset now) => new(now, 1, null);
    }
}
