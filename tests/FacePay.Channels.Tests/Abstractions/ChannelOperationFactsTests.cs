using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Tests.Abstractions;

public sealed class ChannelOperationFactsTests
{
    [Theory]
    [InlineData(ChannelOperation.Pay, false)]
    [InlineData(ChannelOperation.Refund, false)]
    [InlineData(ChannelOperation.Cancel, false)]
    [InlineData(ChannelOperation.Query, true)]
    [InlineData(ChannelOperation.Close, true)]
    [InlineData(ChannelOperation.RefundQuery, true)]
    [InlineData(ChannelOperation.Bill, true)]
    public void Only_reads_and_close_are_idempotent_for_automatic_retry(ChannelOperation operation, bool idempotent)
    {
        Assert.Equal(idempotent, ChannelOperationFacts.IsIdempotent(operation));
    }
}
