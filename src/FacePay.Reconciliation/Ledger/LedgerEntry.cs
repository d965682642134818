using FacePay.Domain;
using FacePay.Reconciliation.Bills;

namespace FacePay.Reconciliation.Ledger;

/// <summary>
/// One money movement our books hold, as the order recorded it: the "our side" of a bill line. Entries are facts
/// (a payment or refund that succeeded at a time), never updated, so an entry written once is never stale.
/// </summary>
/// <param name="EntryId">The id of the event that recorded it: a second report of the same entry changes nothing.</param>
/// <param name="Kind">Payment or refund.</param>
/// <param name="Order">The order.</param>
/// <param name="Channel">The channel that moved the money.</param>
/// <param name="ChannelOutTradeNo">The attempt's <c>out_trade_no</c> at the channel.</param>
/// <param name="ChannelOutRefundNo">The refund's number at the channel (refunds only).</param>
/// <param name="Amount">The amount charged or given back.</param>
/// <param name="At">When our order recorded it.</param>
[GenerateSerializer, Immutable, Alias("FacePay.LedgerEntry")]
public sealed record LedgerEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] LedgerEntryKind Kind,
    [property: Id(2)] OrderKey Order,
    [property: Id(3)] PaymentChannel Channel,
    [property: Id(4)] string ChannelOutTradeNo,
    [property: Id(5)] string? ChannelOutRefundNo,
    [property: Id(6)] Money Amount,
    [property: Id(7)] DateTimeOffset At)
{
    /// <summary>The bill date (Beijing day) the entry belongs to.</summary>
    public DateOnly BillDate => BillTime.BeijingDate(At);
}
