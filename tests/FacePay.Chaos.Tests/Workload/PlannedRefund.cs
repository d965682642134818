namespace FacePay.Chaos.Tests.Workload;

/// <summary>A refund the merchant asks for once the order is paid.</summary>
/// <param name="OutRefundNo">The refund number (the idempotency key of the refund at the channel).</param>
/// <param name="Amount">Fen to give back.</param>
public sealed record PlannedRefund(string OutRefundNo, long Amount);
