using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FacePay.Operators.Login;

/// <summary>
/// Counts failed operator logins (console form, Basic and Bearer alike) per account name and per client address, and
/// refuses further tries from either once <see cref="LoginThrottleOptions.MaxFailures"/> failures fall within
/// <see cref="LoginThrottleOptions.Window"/>, for <see cref="LoginThrottleOptions.Lockout"/>. In memory, per host: a
/// guard against guessing, not an audit log. Bounded: entries whose window and lockout are over are dropped.
/// </summary>
public sealed class LoginThrottle(IOptions<OperatorOptions> options, TimeProvider time)
{
    private const int MaxEntries = 10_000;

    private readonly LoginThrottleOptions _options = options.Value.Login;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>When logins under any of <paramref name="keys"/> are refused until, or null when they are allowed now.</summary>
    public DateTimeOffset? LockedUntil(params ReadOnlySpan<string> keys)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? until = null;
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.LockedUntil is { } locked && locked > now && (until is null || locked > until))
            {
                until = locked;
            }
        }

        return until;
    }

    /// <summary>Counts one failure under each key; true when that locked one of them.</summary>
    public bool RecordFailure(params ReadOnlySpan<string> keys)
    {
        var now = time.GetUtcNow();
        if (_entries.Count > MaxEntries)
        {
            Prune(now);
        }

        var locked = false;
        foreach (var key in keys)
        {
            var entry = _entries.AddOrUpdate(
                key,
                _ => Entry.First(now),
                (_, held) => IsOver(held, now) ? Entry.First(now) : held with { Failures = held.Failures + 1 });
            if (entry.Failures >= _options.MaxFailures && entry.LockedUntil is null)
            {
                _entries[key] = entry with { LockedUntil = now + _options.Lockout };
                locked = true;
            }
        }

        return locked;
    }

    /// <summary>Forgets the failures of an account after a successful login (the address keeps its count).</summary>
    public void RecordSuccess(string key) => _entries.TryRemove(key, out _);

    /// <summary>The throttle key of an account name.</summary>
    public static string AccountKey(string name) => "account:" + name;

    /// <summary>The throttle key of a client address.</summary>
    public static string AddressKey(string? address) => "address:" + (address ?? "unknown");

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
