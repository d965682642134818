using System.Diagnostics;
using System.Diagnostics.Metrics;
using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Resilience;

/// <summary>
/// Channel call metrics on the <c>FacePay.Channels</c> meter: <c>facepay.channel.calls</c> (count, tagged with
/// channel, operation and outcome) and <c>facepay.channel.duration</c> (seconds).
/// </summary>
public sealed class ChannelMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "FacePay.Channels";

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The meter factory.</param>
    public ChannelMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>("facepay.channel.calls", "{call}", "Channel calls by channel, operation and outcome.");
        _duration = meter.CreateHistogram<double>("facepay.channel.duration", "s", "Channel call duration including retries.");
    }

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
