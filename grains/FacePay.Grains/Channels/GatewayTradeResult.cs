using FacePay.Domain;

namespace FacePay.Grains.Channels;

/// <summary>A channel's answer about one trade, translated into the domain's terms.</summary>
/// <param name="Outcome">How to treat the answer: success, definite failure, retryable, or unknown.</param>
/// <param name="Status">Where the trade stands at the channel.</param>
/// <param name="ChannelOutTradeNo">The out_trade_no the call was about.</param>
/// <param name="Amount">The amount the channel reports, when it reports one.</param>
/// <param name="ChannelTradeNo">The channel's own trade number.</param>
/// <param name="ErrorCode">The channel's error code, when refused.</param>
/// <param name="ErrorMessage">The channel's error message, when refused.</param>
[GenerateSerializer, Immutable, Alias("FacePay.GatewayTradeResult")]
public sealed record GatewayTradeResult(
    [property: Id(0)] ChannelPaymentOutcome Outcome,
    [property: Id(1)] GatewayTradeStatus Status,
    [property: Id(2)] string ChannelOutTradeNo,
    [property: Id(3)] Money? Amount = null,
    [property: Id(4)] string? ChannelTradeNo = null,
    [property: Id(5)] string? ErrorCode = null,
    [property: Id(6)] string? ErrorMessage = null)
{
    /// <summary>The result of a pay call as the domain applies it.</summary>
    public ChannelPaymentResult ToPaymentResult(ChangeSource source) =>
        new(ChannelOutTradeNo, Outcome, source, Amount, ChannelTradeNo, ErrorCode, ErrorMessage);
}
