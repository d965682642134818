using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace FacePay.Grains.Telemetry;

/// <summary>
/// Webhook backlog gauges on the <c>FacePay.Webhooks</c> meter, reported by the dispatchers active on this silo:
/// <c>facepay.webhooks.backlog</c> (events waiting) and <c>facepay.webhooks.dead_letters</c> (events given up), each
/// tagged <c>merchant</c>. Sum over silos for the cluster.
/// </summary>
public sealed class WebhookMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "FacePay.Webhooks";

    private readonly ConcurrentDictionary<string, (int Pending, int DeadLetters)> _merchants = new(StringComparer.Ordinal);

    /// <summary>Creates the instruments.</summary>
    public WebhookMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("facepay.webhooks.backlog", () => Observe(m => m.Pending), "{event}", "Webhook events waiting for delivery, by merchant.");
        meter.CreateObservableGauge("facepay.webhooks.dead_letters", () => Observe(m => m.DeadLetters), "{event}", "Webhook events given up, by merchant.");
    }

    /// <summary>Reports a dispatcher's current counts.</summary>
    public void Report(string merchantId, int pending, int deadLetters) => _merchants[merchantId] = (pending, deadLetters);

    /// <summary>Forgets a dispatcher that deactivated (its backlog is reported again where it reactivates).</summary>
    public void Forget(string merchantId) => _merchants.TryRemove(merchantId, out _);

    private IEnumerable<Measurement<int>> Observe(Func<(int Pending, int DeadLetters), int> select) =>
        _merchants.Select(m => new Measurement<int>(select(m.Value), new KeyValuePair<string, object?>("merchant", m.Key)));
}
