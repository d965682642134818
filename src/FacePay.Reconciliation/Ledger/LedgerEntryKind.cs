namespace FacePay.Reconciliation.Ledger;

/// <summary>What money movement a ledger entry records.</summary>
[GenerateSerializer, Alias("FacePay.LedgerEntryKind")]
public enum LedgerEntryKind
{
    /// <summary>A charge attempt succeeded.</summary>
    Payment = 1,

    /// <summary>A refund succeeded.</summary>
    Refund = 2,
}
