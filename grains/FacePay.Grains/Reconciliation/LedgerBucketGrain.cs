using FacePay.Contracts;
using FacePay.Reconciliation.Ledger;

namespace FacePay.Grains.Reconciliation;

/// <summary>Holds one ledger bucket; idempotent by entry id, written before it answers.</summary>
/// <param name="state">The bucket's entries.</param>
public sealed class LedgerBucketGrain(
    [PersistentState("ledger", ProviderNames.GrainStorage)] IPersistentState<LedgerBucketState> state) : Grain, ILedgerBucketGrain
{
    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var added = false;
        foreach (var entry in entries)
        {
            added |= state.State.Entries.TryAdd(entry.EntryId, entry);
        }

        if (added)
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> GetEntriesAsync() =>
        Task.FromResult<IReadOnlyList<LedgerEntry>>([.. state.State.Entries.Values]);
}
