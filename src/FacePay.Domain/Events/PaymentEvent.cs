using System.Globalization;

namespace FacePay.Domain.Events;

/// <summary>
/// An event on the <c>payments</c> stream, published after the order state that produced it was written.
/// Delivery is at least once: subscribers deduplicate by <see cref="EventId"/>, and can drop stale events by
/// comparing <see cref="OrderVersion"/> with the last version they saw for the order.
/// </summary>
/// <param name="Key">The order.</param>
/// <param name="OrderVersion">The order version the change produced.</param>
/// <param name="OccurredAt">When the change was decided.</param>
/// <param name="Source">Who or what caused the change.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Events.PaymentEvent")]
public abstract record PaymentEvent(
    [property: Id(0)] OrderKey Key,
    [property: Id(1)] long OrderVersion,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] ChangeSource Source)
{
    /// <summary>A short fixed name of the event kind, e.g. <c>payment-succeeded</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>
    /// Whether merchants receive the event as a webhook. Operator-only events (an outcome that became unknown) travel
    /// on the same stream for the operations read model but are not part of the merchant's webhook contract.
    /// </summary>
    public virtual bool NotifiesMerchant => true;

    /// <summary>
    /// Deterministic id <c>{merchantId}/{outTradeNo}/v{version}/{kind}</c>: a redelivery or a re-publication
    /// after a crash carries the same id. Derived from the serialized fields, so it is never stored twice.
    /// </summary>
    public string EventId => string.Create(
        CultureInfo.InvariantCulture, $"{Key.MerchantId}/{Key.OutTradeNo}/v{OrderVersion}/{Kind}");

    /// <summary>The merchant, which is also the stream key.</summary>
    public string MerchantId => Key.MerchantId;

    /// <summary>The merchant's order number.</summary>
    public string OutTradeNo => Key.OutTradeNo;
}
