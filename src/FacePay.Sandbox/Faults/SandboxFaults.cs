using System.Globalization;
using FacePay.Sandbox.Bills;

namespace FacePay.Sandbox.Faults;

/// <summary>
/// The fault rules in force. Thread-safe; each matching request rolls each rule's probability once, and a rule
/// with <see cref="FaultRule.Times"/> stops firing after that many hits.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private readonly Random _random;
    private long _nextId;

    /// <summary>Creates an empty rule set.</summary>
    /// <param name="seed">Seed for the probability rolls; null for a random seed.</param>
    public SandboxFaults(int? seed = null)
    {
        _random = seed is { } s ? new Random(s) : new Random();
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule's id.</returns>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public string Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var problems = rule.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(rule));
        }

        lock (_gate)
        {
            var id = "fault-" + (++_nextId).ToString(CultureInfo.InvariantCulture);
            _entries.Add(new Entry(id, rule));
            return id;
        }
    }

    /// <summary>Removes one rule.</summary>
    /// <param name="id">The id <see cref="Add"/> returned.</param>
    /// <returns>True when it existed.</returns>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The rules in force, in the order they were added.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<ActiveFault> List()
    {
        lock (_gate)
        {
            return [.. _entries.Select(e => new ActiveFault(e.Id, e.Rule, e.Fired))];
        }
    }

    /// <summary>Rolls every matching rule and returns those that fire (consuming one use of each).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="outTradeNo">The trade concerned, when known.</param>
    /// <returns>The fired rules in registration order.</returns>
    internal IReadOnlyList<FaultRule> Fire(SandboxChannel channel, SandboxOperation operation, string? outTradeNo)
    {
        lock (_gate)
        {
            List<FaultRule>? fired = null;
            foreach (var entry in _entries)
            {
                var rule = entry.Rule;
                if (!AppliesTo(rule.Kind, operation)
                    || (rule.Channel is { } c && c != channel)
                    || (rule.Operation is { } o && o != operation)
                    || (rule.OutTradeNo is { } no && no != outTradeNo && !BillFaults.Is(rule.Kind))
                    || (rule.Times is { } times && entry.Fired >= times))
                {
                    continue;
                }

                if (rule.Probability < 1.0 && _random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                entry.Fired++;
                (fired ??= []).Add(rule);
            }

            return fired ?? (IReadOnlyList<FaultRule>)[];
        }
    }

    private static bool AppliesTo(FaultKind kind, SandboxOperation operation) => kind switch
    {
        FaultKind.UserPaying => operation == SandboxOperation.Pay,
        FaultKind.RefundProcessing => operation == SandboxOperation.Refund,
        FaultKind.DuplicateNotification or FaultKind.OutOfOrderNotification or FaultKind.WrongAmountNotification
            or FaultKind.BadSignatureNotification => operation == SandboxOperation.Notify,
        _ when BillFaults.Is(kind) => operation == SandboxOperation.Bill,
        _ => operation != SandboxOperation.Notify,
    };

    private sealed class Entry(string id, FaultRule rule)
    {
        public string Id { get; } = id;

        public FaultRule Rule { get; } = rule;

        public int Fired { get; set; }
    }
}
