namespace FacePay.Channels.Abstractions;

/// <summary>Look a refund up.</summary>
/// <param name="OutTradeNo">The original trade number (Alipay needs it).</param>
/// <param name="OutRefundNo">Our refund number.</param>
public sealed record ChannelRefundQueryRequest(string OutTradeNo, string OutRefundNo);
