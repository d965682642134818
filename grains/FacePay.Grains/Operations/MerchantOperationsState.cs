using FacePay.Domain.Operations;

namespace FacePay.Grains.Operations;

/// <summary>What <see cref="MerchantOperationsGrain"/> persists.</summary>
[GenerateSerializer, Alias("FacePay.Operations.MerchantOperationsState")]
public sealed class MerchantOperationsState
{
    /// <summary>The read model.</summary>
    [Id(0)]
    public MerchantOperationsLedger Ledger { get; set; } = new();

    /// <summary>Whether the merchant is in the operations directory.</summary>
    [Id(1)]
    public bool Registered { get; set; }
}
