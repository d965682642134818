namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>POST /v1/orders/{outTradeNo}/refunds</c>.</summary>
/// <param name="OutRefundNo">The merchant's refund number (1–30 of <c>[A-Za-z0-9_]</c>), unique per order: the refund's idempotency key.</param>
/// <param name="Amount">The amount to refund in minor units of the order's currency.</param>
/// <param name="Reason">Shown to the payer by the channel.</param>
public sealed record CreateRefundRequest(string? OutRefundNo, long? Amount, string? Reason);
