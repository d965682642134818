using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Maps Alipay gateway <c>code</c> / <c>sub_code</c> pairs to outcome classes, per operation:
/// <c>10000</c> success; <c>10003</c> waiting for the user (unknown → query); <c>20000</c> service unavailable
/// (unknown for effectful calls, retryable for reads); <c>40004</c> business failure read by <c>sub_code</c>;
/// <c>40005</c> rate limited (retryable); <c>40001/40002/40006</c> caller errors (definite).
/// </summary>
public static class AlipayErrorClassifier
{
    /// <summary>Classifies a verified response.</summary>
    /// <param name="operation">The operation that was called.</param>
    /// <param name="code">The gateway <c>code</c>.</param>
    /// <param name="subCode">The <c>sub_code</c>, when present.</param>
    /// <returns>The classification.</returns>
    public static ChannelClassification Classify(ChannelOperation operation, string code, string? subCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code switch
        {
            "10000" => new(ChannelOutcome.Success),
            "10003" => new(ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment),
            "20000" => SystemError(operation),
            "40004" => BusinessFailure(operation, Normalize(subCode)),
            "40005" => new(ChannelOutcome.Retryable),
            "40001" or "40002" or "40003" or "40006" => new(ChannelOutcome.DefiniteFailure),
            _ => new(ChannelOutcome.Unknown),
        };
    }

    // Some gateways prefix sub codes with "aop." (e.g. "aop.ACQ.SYSTEM_ERROR"); the meaning is the same.
    private static string Normalize(string? subCode) =>
        subCode is null ? string.Empty : subCode.StartsWith("aop.", StringComparison.Ordinal) ? subCode[4..] : subCode;

    private static ChannelClassification SystemError(ChannelOperation operation) =>
        ChannelOperationFacts.HasEffect(operation) ? new(ChannelOutcome.Unknown) : new(ChannelOutcome.Retryable);

    private static ChannelClassification BusinessFailure(ChannelOperation operation, string subCode) => (subCode, operation) switch
    {
        ("ACQ.SYSTEM_ERROR", _) => SystemError(operation),

        // The same out_trade_no was already paid: the payment exists; confirm by query.
        ("ACQ.TRADE_HAS_SUCCESS", ChannelOperation.Pay) => new(ChannelOutcome.Success, ChannelTradeStatus.Paid),
        ("ACQ.TRADE_HAS_SUCCESS", _) => new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Paid),

        // "Not created yet" is a definite answer to a query, and the end state a close wanted.
        ("ACQ.TRADE_NOT_EXIST", ChannelOperation.Query or ChannelOperation.RefundQuery) => new(ChannelOutcome.Success, ChannelTradeStatus.NotFound),
        ("ACQ.TRADE_NOT_EXIST", _) => new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.NotFound),

        ("ACQ.TRADE_HAS_CLOSE", ChannelOperation.Close or ChannelOperation.Cancel) => new(ChannelOutcome.Success, ChannelTradeStatus.Closed),
        ("ACQ.TRADE_HAS_CLOSE", _) => new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Closed),
        ("ACQ.TRADE_HAS_FINISHED", _) => new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Finished),

        // 40004 is a processed, refused request: balance, invalid code, inconsistent context, risk, parameters...
        _ => new(ChannelOutcome.DefiniteFailure),
    };
}
