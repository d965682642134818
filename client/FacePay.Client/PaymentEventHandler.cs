using FacePay.Domain.Events;

namespace FacePay.Client;

/// <summary>
/// Receives one payment event. Delivery is at least once: deduplicate by <see cref="PaymentEvent.EventId"/>, and use
/// <see cref="PaymentEvent.OrderVersion"/> to drop events older than what was already seen for the order.
/// </summary>
/// <param name="paymentEvent">The event.</param>
/// <param name="cancellationToken">Cancelled when the subscription is disposed.</param>
public delegate Task PaymentEventHandler(PaymentEvent paymentEvent, CancellationToken cancellationToken);
