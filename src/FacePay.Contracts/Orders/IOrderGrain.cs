using FacePay.Domain;
using Orleans.Concurrency;

namespace FacePay.Contracts.Orders;

/// <summary>
/// One order, keyed <c>{merchantId}/{outTradeNo}</c> (see <see cref="OrderKey"/>). The grain is the single
/// writer of its order: its turns are serialised, so a duplicate call sees what the first one wrote.
/// </summary>
[Alias("FacePay.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the order, or returns it unchanged (<see cref="OrderResult.Replayed"/>) when the same request was already
    /// applied; a different request for the same key is refused with <see cref="OrderError.Conflict"/>.
    /// </summary>
    [Alias("Create")]
    Task<OrderResult> CreateAsync(OrderCreationRequest request);

    /// <summary>The order as it stands, or null when it was never created.</summary>
    [ReadOnly, Alias("Get")]
    Task<OrderView?> GetAsync();

    /// <summary>Closes an unpaid order; closing a closed order changes nothing.</summary>
    [Alias("Close")]
    Task<OrderResult> CloseAsync();
}
