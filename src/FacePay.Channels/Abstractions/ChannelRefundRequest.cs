namespace FacePay.Channels.Abstractions;

/// <summary>Refund (part of) a paid trade.</summary>
/// <param name="OutTradeNo">The original trade number.</param>
/// <param name="OutRefundNo">Our refund number: the refund's idempotency key (Alipay <c>out_request_no</c>, WeChat <c>out_refund_no</c>).</param>
/// <param name="RefundAmount">Amount to refund, minor units.</param>
/// <param name="TotalAmount">The original trade's total, minor units (WeChat requires it).</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="Reason">Reason shown to the payer, optional.</param>
public sealed record ChannelRefundRequest(
    string OutTradeNo,
    string OutRefundNo,
    long RefundAmount,
    long TotalAmount,
    string Currency,
    string? Reason = null);
