namespace FacePay.Channels.Abstractions;

/// <summary>The result of pay, query, cancel/reverse and close calls.</summary>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Status">The trade's state at the channel as far as the call revealed it.</param>
/// <param name="OutTradeNo">Our trade number.</param>
/// <param name="ChannelTradeNo">The channel's trade number, when known.</param>
/// <param name="Amount">The trade's total in minor units, when the channel reported it.</param>
/// <param name="Currency">The currency of <paramref name="Amount"/>.</param>
/// <param name="ErrorCode">The channel's error code (Alipay <c>sub_code</c> or <c>code</c>, WeChat <c>code</c>), or our own for local failures.</param>
/// <param name="ErrorMessage">The channel's error message.</param>
/// <param name="PayerId">The payer's id at the channel (Alipay <c>buyer_user_id</c>, WeChat <c>openid</c>), when reported.</param>
public sealed record ChannelTradeResult(
    ChannelOutcome Outcome,
    ChannelTradeStatus Status,
    string OutTradeNo,
    string? ChannelTradeNo = null,
    long? Amount = null,
    string? Currency = null,
    string? ErrorCode = null,
    string? ErrorMessage = null,
    string? PayerId = null) : IChannelResult
{
    /// <summary>A failure result that carries no trade data.</summary>
    /// <param name="outcome">How the call ended.</param>
    /// <param name="outTradeNo">Our trade number.</param>
    /// <param name="errorCode">The error code.</param>
    /// <param name="errorMessage">The message.</param>
    /// <param name="status">The status, when the error implies one.</param>
    /// <returns>The result.</returns>
    public static ChannelTradeResult Failure(ChannelOutcome outcome, string outTradeNo, string? errorCode, string? errorMessage, ChannelTradeStatus status = ChannelTradeStatus.Unspecified) =>
        new(outcome, status, outTradeNo, ErrorCode: errorCode, ErrorMessage: errorMessage);
}
