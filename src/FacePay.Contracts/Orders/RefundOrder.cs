using FacePay.Domain;

namespace FacePay.Contracts.Orders;

/// <summary>Refunds part or all of a paid order. <paramref name="OutRefundNo"/> makes the request idempotent.</summary>
/// <param name="OutRefundNo">The merchant's refund number, unique per order.</param>
/// <param name="Amount">The amount to refund; the sum of refunds never exceeds the paid amount.</param>
/// <param name="Reason">Shown to the payer by the channel.</param>
[GenerateSerializer, Immutable, Alias("FacePay.RefundOrder")]
public sealed record RefundOrder(
    [property: Id(0)] string OutRefundNo,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string? Reason = null);
