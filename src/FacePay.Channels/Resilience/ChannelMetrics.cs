using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FacePay.Channels.Abstractions;
using Polly.CircuitBreaker;

namespace FacePay.Channels.Resilience;

/// <summary>
/// Channel call metrics on the <c>FacePay.Channels</c> meter: <c>facepay.channel.calls</c> (count, tagged with
/// channel, operation and outcome), <c>facepay.channel.duration</c> (seconds) and <c>facepay.channel.breaker.state</c>
/// (per channel: 0 closed, 1 open, 2 half-open, 3 isolated).
/// </summary>
public sealed class ChannelMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "FacePay.Channels";

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly ConcurrentDictionary<ChannelKind, Func<CircuitState>> _breakers = new();

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The meter factory.</param>
    public ChannelMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>("facepay.channel.calls", "{call}", "Channel calls by channel, operation and outcome.");
        _duration = meter.CreateHistogram<double>("facepay.channel.duration", "s", "Channel call duration including retries.");
        meter.CreateObservableGauge(
            "facepay.channel.breaker.state",
            () => _breakers.Select(b => new Measurement<int>(BreakerValue(b.Value()), new KeyValuePair<string, object?>("channel", b.Key.ToString()))),
            description: "Circuit breaker state per channel: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    /// <summary>Reports a channel's circuit breaker state on the gauge from now on.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="state">Reads the breaker's current state.</param>
    public void ObserveBreaker(ChannelKind channel, Func<CircuitState> state) => _breakers[channel] = state;

    /// <summary>The gauge value of a breaker state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>0 closed, 1 open, 2 half-open, 3 isolated.</returns>
    public static int BreakerValue(CircuitState state) => state switch
    {
        CircuitState.Closed => 0,
        CircuitState.Open => 1,
        CircuitState.HalfOpen => 2,
        _ => 3,
    };

    /// <summary>Records one finished call.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="elapsed">The duration.</param>
    public void Record(ChannelKind channel, ChannelOperation operation, ChannelOutcome outcome, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "channel", channel.ToString() },
            { "operation", operation.ToString() },
            { "outcome", outcome.ToString() },
        };
        _calls.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
