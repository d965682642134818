using FacePay.Domain.Operations;
using Orleans.Concurrency;

namespace FacePay.Contracts.Operations;

/// <summary>
/// One merchant's operations read model, keyed by merchant id. Implicitly subscribed to the merchant's <c>payments</c>
/// stream: each event (deduplicated by id) is counted into time buckets and updates the tracked orders and recent
/// failures (<see cref="MerchantOperationsLedger"/>), persisted before the event is acknowledged.
/// </summary>
[Alias("FacePay.IMerchantOperationsGrain")]
public interface IMerchantOperationsGrain : IGrainWithStringKey
{
    /// <summary>The read model now.</summary>
    [ReadOnly, Alias("GetView")]
    Task<MerchantOperationsView> GetViewAsync();
}
