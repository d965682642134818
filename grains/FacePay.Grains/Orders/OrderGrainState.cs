using FacePay.Domain;
using FacePay.Domain.Events;

namespace FacePay.Grains.Orders;

/// <summary>What <see cref="OrderGrain"/> persists.</summary>
[GenerateSerializer, Alias("FacePay.OrderGrainState")]
public sealed class OrderGrainState
{
    /// <summary>The order, or null when no order was created under this key.</summary>
    [Id(0)]
    public Order? Order { get; set; }

    /// <summary>
    /// Events written together with the change that produced them and not yet confirmed published: the outbox.
    /// They are published after the write and again after a crash; subscribers deduplicate by event id.
    /// </summary>
    [Id(1)]
    public List<PaymentEvent> Outbox { get; set; } = [];
}
