using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Reconciliation.Ledger;

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

    /// <summary>
    /// Ledger entries (payments and refunds for reconciliation) written with the change that produced them and not
    /// yet confirmed recorded by their ledger bucket: reported after the write, and again after a crash. While any
    /// is pending the lifecycle reminder stays registered, so a crash between the write and the report is retried.
    /// </summary>
    [Id(2)]
    public List<LedgerEntry> PendingLedger { get; set; } = [];
}
