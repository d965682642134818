using System.Diagnostics;
using System.Diagnostics.Metrics;
using FacePay.Domain;

namespace FacePay.Grains.Telemetry;

/// <summary>
/// Order metrics on the <c>FacePay.Orders</c> meter: <c>facepay.orders.created</c> and <c>facepay.orders.finished</c>
/// (tagged <c>state</c> = Paid, Refunded, Failed or Closed: each order counted once per state it reaches).
/// </summary>
public sealed class OrderMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "FacePay.Orders";

    private readonly Counter<long> _created;
    private readonly Counter<long> _finished;

    /// <summary>Creates the instruments.</summary>
    public OrderMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _created = meter.CreateCounter<long>("facepay.orders.created", "{order}", "Orders created.");
        _finished = meter.CreateCounter<long>("facepay.orders.finished", "{order}", "Orders reaching a final (or, for Failed, a terminal-for-now) state, by state.");
    }

    /// <summary>Whether reaching a state is counted as finishing (PartiallyRefunded is a step towards Refunded, not an end).</summary>
    public static bool IsFinal(OrderState state) => state is OrderState.Paid or OrderState.Refunded or OrderState.Failed or OrderState.Closed;

    /// <summary>Records one committed change of an order from <paramref name="before"/> (null: created) to <paramref name="after"/>.</summary>
    public void Record(OrderState? before, OrderState after)
    {
        if (before is null)
        {
            _created.Add(1);
        }

        if (before != after && IsFinal(after))
        {
            _finished.Add(1, new TagList { { "state", after.ToString() } });
        }
    }
}
