namespace FacePay.Domain;

/// <summary>
/// What the channel said about one charge attempt: a pay response, an async notification, a query or a cancel
/// result, already verified and classified by the channel client.
/// </summary>
/// <param name="ChannelOutTradeNo">The out_trade_no the answer is about.</param>
/// <param name="Outcome">The classified outcome.</param>
/// <param name="Source">Where the answer came from (response, notification, query, operator).</param>
/// <param name="Amount">The amount and currency the channel reports as charged; required for a success.</param>
/// <param name="ChannelTradeNo">The channel's own trade number, if given.</param>
/// <param name="ErrorCode">The channel error or trade-state code, if any.</param>
/// <param name="ErrorMessage">The channel message, if any.</param>
[GenerateSerializer, Immutable, Alias("FacePay.ChannelPaymentResult")]
public sealed record ChannelPaymentResult(
    [property: Id(0)] string ChannelOutTradeNo,
    [property: Id(1)] ChannelPaymentOutcome Outcome,
    [property: Id(2)] ChangeSource Source,
    [property: Id(3)] Money? Amount = null,
    [property: Id(4)] string? ChannelTradeNo = null,
    [property: Id(5)] string? ErrorCode = null,
    [property: Id(6)] string? ErrorMessage = null);
