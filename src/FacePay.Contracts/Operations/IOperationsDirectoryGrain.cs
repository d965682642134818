using Orleans.Concurrency;

namespace FacePay.Contracts.Operations;

/// <summary>
/// The merchants that have an operations read model (key <see cref="Key"/>): grains cannot be listed, so each
/// merchant's operations grain registers here once, and the console reads every registered merchant.
/// </summary>
[Alias("FacePay.IOperationsDirectoryGrain")]
public interface IOperationsDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The one directory's key.</summary>
    public const string Key = "cluster";

    /// <summary>Adds a merchant (again: nothing changes).</summary>
    [Alias("RegisterMerchant")]
    Task RegisterMerchantAsync(string merchantId);

    /// <summary>Every registered merchant, sorted.</summary>
    [ReadOnly, Alias("GetMerchants")]
    Task<IReadOnlyList<string>> GetMerchantsAsync();
}
