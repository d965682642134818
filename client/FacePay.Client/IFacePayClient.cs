using FacePay.Contracts.Orders;
using FacePay.Domain;

namespace FacePay.Client;

/// <summary>
/// The typed API a merchant backend uses to drive payments. It hides grain keys and Orleans details:
/// every method is safe to retry with the same arguments.
/// </summary>
public interface IFacePayClient
{
    /// <summary>Creates an order, or returns the existing one when the same request was made before.</summary>
    Task<OrderResult> CreateOrderAsync(OrderCreationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads an order; null when it does not exist.</summary>
    Task<OrderView?> GetOrderAsync(OrderKey key, CancellationToken cancellationToken = default);

    /// <summary>Closes an unpaid order.</summary>
    Task<OrderResult> CloseOrderAsync(OrderKey key, CancellationToken cancellationToken = default);
}
