using FacePay.Reconciliation.Ledger;

namespace FacePay.Grains.Reconciliation;

/// <summary>What <see cref="LedgerBucketGrain"/> persists.</summary>
[GenerateSerializer, Alias("FacePay.LedgerBucketState")]
public sealed class LedgerBucketState
{
    /// <summary>The entries by id.</summary>
    [Id(0)]
    public Dictionary<string, LedgerEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
