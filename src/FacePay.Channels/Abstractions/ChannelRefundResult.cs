namespace FacePay.Channels.Abstractions;

/// <summary>The result of refund and refund-query calls.</summary>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Status">The refund's state at the channel.</param>
/// <param name="OutTradeNo">The original trade number.</param>
/// <param name="OutRefundNo">Our refund number.</param>
/// <param name="ChannelRefundNo">The channel's refund id, when known (WeChat <c>refund_id</c>).</param>
/// <param name="RefundAmount">The refunded amount in minor units, when reported.</param>
/// <param name="Currency">The currency of <paramref name="RefundAmount"/>.</param>
/// <param name="ErrorCode">The channel's error code.</param>
/// <param name="ErrorMessage">The channel's error message.</param>
public sealed record ChannelRefundResult(
    ChannelOutcome Outcome,
    ChannelRefundStatus Status,
    string OutTradeNo,
    string OutRefundNo,
    string? ChannelRefundNo = null,
    long? RefundAmount = null,
    string? Currency = null,
    string? ErrorCode = null,
    string? ErrorMessage = null) : IChannelResult
{
    /// <summary>A failure result that carries no refund data.</summary>
    /// <param name="outcome">How the call ended.</param>
    /// <param name="outTradeNo">The trade number.</param>
    /// <param name="outRefundNo">The refund number.</param>
    /// <param name="errorCode">The error code.</param>
    /// <param name="errorMessage">The message.</param>
    /// <param name="status">The status, when the error implies one.</param>
    /// <returns>The result.</returns>
    public static ChannelRefundResult Failure(ChannelOutcome outcome, string outTradeNo, string outRefundNo, string? errorCode, string? errorMessage, ChannelRefundStatus status = ChannelRefundStatus.Unspecified) =>
        new(outcome, status, outTradeNo, outRefundNo, ErrorCode: errorCode, ErrorMessage: errorMessage);
}
