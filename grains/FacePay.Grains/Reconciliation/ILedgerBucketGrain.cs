using FacePay.Reconciliation.Ledger;

namespace FacePay.Grains.Reconciliation;

/// <summary>
/// One bucket of one channel's ledger of one Beijing day (key from <see cref="LedgerBuckets"/>): the payments and
/// refunds our orders recorded, which reconciliation compares with the channel's bill.
/// </summary>
[Alias("FacePay.ILedgerBucketGrain")]
public interface ILedgerBucketGrain : IGrainWithStringKey
{
    /// <summary>Records entries; an entry already held (same id) changes nothing. Returns when they are stored.</summary>
    [Alias("Record")]
    Task RecordAsync(IReadOnlyList<LedgerEntry> entries);

    /// <summary>Every entry of the bucket.</summary>
    [Orleans.Concurrency.ReadOnly, Alias("GetEntries")]
    Task<IReadOnlyList<LedgerEntry>> GetEntriesAsync();
}
