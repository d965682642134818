using FacePay.Channels.Abstractions;
using FacePay.Channels.WechatPay;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayErrorClassifierTests
{
    [Theory]
    [InlineData(ChannelOperation.Pay, 200, null, ChannelOutcome.Success, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Close, 204, null, ChannelOutcome.Success, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 202, "USERPAYING", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment)]
    [InlineData(ChannelOperation.Pay, 403, "USERPAYING", ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment)]
    [InlineData(ChannelOperation.Pay, 500, "SYSTEM_ERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 500, "BANKERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Refund, 500, "SYSTEM_ERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Cancel, 500, "SYSTEM_ERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, 500, "SYSTEM_ERROR", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Close, 500, "SYSTEM_ERROR", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, 502, null, ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 503, null, ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 400, "ORDERPAID", ChannelOutcome.Success, ChannelTradeStatus.Paid)]
    [InlineData(ChannelOperation.Close, 400, "ORDERPAID", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Paid)]
    [InlineData(ChannelOperation.Query, 404, "ORDER_NOT_EXIST", ChannelOutcome.Success, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Query, 404, "ORDERNOTEXIST", ChannelOutcome.Success, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.RefundQuery, 404, "RESOURCE_NOT_EXISTS", ChannelOutcome.Success, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Refund, 404, "RESOURCE_NOT_EXISTS", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Close, 400, "ORDER_CLOSED", ChannelOutcome.Success, ChannelTradeStatus.Closed)]
    [InlineData(ChannelOperation.Pay, 400, "ORDER_CLOSED", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Closed)]
    [InlineData(ChannelOperation.Pay, 429, "FREQUENCY_LIMITED", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, 429, null, ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 403, "NOTENOUGH", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 400, "PARAM_ERROR", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 400, "INVALID_REQUEST", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 401, "SIGN_ERROR", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 403, "AUTH_CODE_INVALID", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 403, "OUT_TRADE_NO_USED", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 403, "TRADE_ERROR", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, 302, null, ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    public void Http_status_and_code_map_to_the_documented_class(ChannelOperation operation, int status, string? code, ChannelOutcome outcome, ChannelTradeStatus tradeStatus)
    {
        Assert.Equal(new ChannelClassification(outcome, tradeStatus), WechatPayErrorClassifier.Classify(operation, status, code));
    }
}
