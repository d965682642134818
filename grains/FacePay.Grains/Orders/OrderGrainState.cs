using FacePay.Domain;

namespace FacePay.Grains.Orders;

/// <summary>What <see cref="OrderGrain"/> persists: the domain order, absent until created.</summary>
[GenerateSerializer, Alias("FacePay.OrderGrainState")]
public sealed class OrderGrainState
{
    /// <summary>The order, or null when no order was created under this key.</summary>
    [Id(0)]
    public Order? Order { get; set; }
}
