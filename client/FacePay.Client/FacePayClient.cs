using FacePay.Contracts.Orders;
using FacePay.Domain;

namespace FacePay.Client;

/// <summary>The <see cref="IFacePayClient"/> over an Orleans cluster client.</summary>
/// <param name="grains">The connected Orleans client.</param>
public sealed class FacePayClient(IGrainFactory grains) : IFacePayClient
{
    /// <inheritdoc />
    public Task<OrderResult> CreateOrderAsync(OrderCreationRequest request, CancellationToken cancellationToken = default) =>
        Order(request.Key).CreateAsync(request).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<OrderView?> GetOrderAsync(OrderKey key, CancellationToken cancellationToken = default) =>
        Order(key).GetAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<OrderResult> CloseOrderAsync(OrderKey key, CancellationToken cancellationToken = default) =>
        Order(key).CloseAsync().WaitAsync(cancellationToken);

    private IOrderGrain Order(OrderKey key) => grains.GetGrain<IOrderGrain>(key.ToString());
}
