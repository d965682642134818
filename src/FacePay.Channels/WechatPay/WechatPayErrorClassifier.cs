using FacePay.Channels.Abstractions;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Maps WeChat Pay v3 HTTP status + error <c>code</c> to outcome classes, per operation. 5xx and
/// <c>SYSTEM_ERROR</c>/<c>BANKERROR</c> are unknown for effectful calls (query, then retry with the same
/// <c>out_trade_no</c>) and retryable for reads; <c>USERPAYING</c> is unknown (poll); <c>FREQUENCY_LIMITED</c> is
/// retryable; other 4xx are definite.
/// </summary>
public static class WechatPayErrorClassifier
{
    /// <summary>Classifies a verified response.</summary>
    /// <param name="operation">The operation that was called.</param>
    /// <param name="httpStatus">The HTTP status code.</param>
    /// <param name="code">The error <c>code</c> from the body, or null when the body had none.</param>
    /// <returns>The classification.</returns>
    public static ChannelClassification Classify(ChannelOperation operation, int httpStatus, string? code)
    {
        switch (code)
        {
            case "USERPAYING":
                return new(ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment);
            case "SYSTEM_ERROR" or "SYSTEMERROR" or "BANKERROR" or "BANK_ERROR":
                return SystemError(operation);
            case "FREQUENCY_LIMITED" or "RATELIMIT_EXCEEDED" or "RATE_LIMITED":
                return new(ChannelOutcome.Retryable);
            case "ORDERPAID" or "ORDER_PAID":
                return operation == ChannelOperation.Pay
                    ? new(ChannelOutcome.Success, ChannelTradeStatus.Paid)
                    : new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Paid);
            case "ORDERNOTEXIST" or "ORDER_NOT_EXIST" or "RESOURCE_NOT_EXISTS":
                return operation is ChannelOperation.Query or ChannelOperation.RefundQuery
                    ? new(ChannelOutcome.Success, ChannelTradeStatus.NotFound)
                    : new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.NotFound);
            case "ORDERCLOSED" or "ORDER_CLOSED":
                return operation is ChannelOperation.Close or ChannelOperation.Cancel
                    ? new(ChannelOutcome.Success, ChannelTradeStatus.Closed)
                    : new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Closed);
            case "ORDERREVERSED" or "ORDER_REVERSED" or "REVOKED":
                return operation == ChannelOperation.Cancel
                    ? new(ChannelOutcome.Success, ChannelTradeStatus.Revoked)
                    : new(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Revoked);
        }

        return httpStatus switch
        {
            >= 200 and < 300 when code is null => new(ChannelOutcome.Success),
            429 => new(ChannelOutcome.Retryable),
            >= 500 => SystemError(operation),
            >= 400 => new(ChannelOutcome.DefiniteFailure),
            _ => new(ChannelOutcome.Unknown),
        };
    }

    private static ChannelClassification SystemError(ChannelOperation operation) =>
        ChannelOperationFacts.HasEffect(operation) ? new(ChannelOutcome.Unknown) : new(ChannelOutcome.Retryable);
}
