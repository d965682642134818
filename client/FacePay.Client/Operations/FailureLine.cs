namespace FacePay.Client.Operations;

/// <summary>A failed payment or refund with the channel's reason.</summary>
/// <param name="MerchantId">The merchant.</param>
/// <param name="OutTradeNo">The order.</param>
/// <param name="Kind"><c>Failed</c> (payment) or <c>RefundFailed</c>.</param>
/// <param name="At">When.</param>
/// <param name="Channel">The channel, when known.</param>
/// <param name="Code">The channel's error code.</param>
/// <param name="Message">The channel's message.</param>
public sealed record FailureLine(string MerchantId, string OutTradeNo, string Kind, DateTimeOffset At, string? Channel, string? Code, string? Message);
