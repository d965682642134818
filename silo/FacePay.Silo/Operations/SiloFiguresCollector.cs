using System.Diagnostics.Metrics;
using FacePay.Channels.Resilience;
using FacePay.Domain.Operations;
using FacePay.Grains.Operations;
using FacePay.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace FacePay.Silo.Operations;

/// <summary>
/// Listens to this silo's own channel and face-check instruments (the meters its <see cref="IMeterFactory"/> made, not
/// another silo's in the same process) and keeps their recent figures in a <see cref="SiloFiguresWindow"/>.
/// </summary>
public sealed class SiloFiguresCollector : IDisposable
{
    private const string ChannelDuration = "facepay.channel.duration";
    private const string BreakerState = "facepay.channel.breaker.state";
    private const string FaceDuration = "facepay.face.check.duration";
    private const string FaceBusy = "facepay.face.check.busy";

    private readonly MeterListener _listener = new();
    private readonly SiloFiguresWindow _window;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _breakers = new(StringComparer.Ordinal);

    /// <summary>Starts listening.</summary>
    public SiloFiguresCollector(IMeterFactory meterFactory, TimeProvider time, IOptions<OperationsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var push = options.Value.FiguresPushInterval;
        _window = new SiloFiguresWindow(push, Math.Max(1, (int)Math.Ceiling(options.Value.FiguresWindow / push)));
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory)
                && instrument.Meter.Name is ChannelMetrics.MeterName or FaceCheckMetrics.MeterName
                && instrument.Name is ChannelDuration or BreakerState or FaceDuration or FaceBusy)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(OnDouble);
        _listener.SetMeasurementEventCallback<long>(OnLong);
        _listener.SetMeasurementEventCallback<int>(OnInt);
        _listener.Start();
    }

    /// <summary>The window's figures now, with each channel's breaker state read at this moment.</summary>
    public SiloFigures Snapshot(string silo)
    {
        lock (_gate)
        {
            _breakers.Clear();
            _listener.RecordObservableInstruments();
            return _window.Snapshot(silo, _time.GetUtcNow(), _breakers);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void OnDouble(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var now = _time.GetUtcNow();
        if (instrument.Name == ChannelDuration)
        {
            var channel = Tag(tags, "channel") ?? "unknown";
            var outcome = Tag(tags, "outcome") ?? "unknown";
            lock (_gate)
            {
                _window.RecordChannelCall(channel, outcome, seconds * 1000, now);
            }
        }
        else if (instrument.Name == FaceDuration)
        {
            var reason = Tag(tags, "status") == "Rejected" ? Tag(tags, "reason") ?? "Rejected" : null;
            lock (_gate)
            {
                _window.RecordFaceCheck(reason, seconds * 1000, now);
            }
        }
    }

    private void OnLong(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name != FaceBusy)
        {
            return;
        }

        var now = _time.GetUtcNow();
        lock (_gate)
        {
            for (var i = 0; i < value; i++)
            {
                _window.RecordFaceBusy(now);
            }
        }
    }

    // Only the breaker gauge reports ints; it is observed inside Snapshot, which already holds the lock.
    private void OnInt(Instrument instrument, int value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == BreakerState && Tag(tags, "channel") is { } channel)
        {
            _breakers[channel] = value switch
            {
                0 => "Closed",
                1 => "Open",
                2 => "HalfOpen",
                _ => "Isolated",
            };
        }
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
