using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayErrorClassifierTests
{
    [Theory]
    [InlineData(ChannelOperation.Pay, "10000", null, ChannelOutcome.Success, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, "10000", null, ChannelOutcome.Success, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "10003", null, ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment)]
    [InlineData(ChannelOperation.Pay, "20000", "isp.unknow-error", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Refund, "20000", "isp.unknow-error", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Cancel, "20000", "isp.unknow-error", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, "20000", "isp.unknow-error", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Close, "20000", null, ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.RefundQuery, "20000", null, ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.SYSTEM_ERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", "aop.ACQ.SYSTEM_ERROR", ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, "40004", "ACQ.SYSTEM_ERROR", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.TRADE_HAS_SUCCESS", ChannelOutcome.Success, ChannelTradeStatus.Paid)]
    [InlineData(ChannelOperation.Close, "40004", "ACQ.TRADE_HAS_SUCCESS", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Paid)]
    [InlineData(ChannelOperation.Query, "40004", "ACQ.TRADE_NOT_EXIST", ChannelOutcome.Success, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Close, "40004", "ACQ.TRADE_NOT_EXIST", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Refund, "40004", "ACQ.TRADE_NOT_EXIST", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.NotFound)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.TRADE_HAS_CLOSE", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Closed)]
    [InlineData(ChannelOperation.Close, "40004", "ACQ.TRADE_HAS_CLOSE", ChannelOutcome.Success, ChannelTradeStatus.Closed)]
    [InlineData(ChannelOperation.Refund, "40004", "ACQ.TRADE_HAS_FINISHED", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Finished)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.BUYER_BALANCE_NOT_ENOUGH", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.PAYMENT_AUTH_CODE_INVALID", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", "ACQ.CONTEXT_INCONSISTENT", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Refund, "40004", "ACQ.SELLER_BALANCE_NOT_ENOUGH", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40004", null, ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40005", "aop.call-limited", ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Query, "40005", null, ChannelOutcome.Retryable, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40001", "isv.missing-method", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40002", "isv.invalid-signature", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "40006", "isv.insufficient-isv-permissions", ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified)]
    [InlineData(ChannelOperation.Pay, "99999", null, ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified)]
    public void Result_code_and_sub_code_map_to_the_documented_class(ChannelOperation operation, string code, string? subCode, ChannelOutcome outcome, ChannelTradeStatus status)
    {
        Assert.Equal(new ChannelClassification(outcome, status), AlipayErrorClassifier.Classify(operation, code, subCode));
    }
}
