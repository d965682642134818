namespace FacePay.Domain.Tests;

public sealed class OrderKeyTests
{
    [Fact]
    public void Grain_key_round_trips()
    {
        var key = new OrderKey("m-001", "order_0001");

        Assert.Equal("m-001/order_0001", key.ToString());
        Assert.Equal(key, OrderKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m001")]
    [InlineData("/order_0001")]
    [InlineData("m001/")]
    [InlineData("m001/ord")]
    [InlineData("m001/order-0001")]
    [InlineData("m/001/order_0001")]
    [InlineData("m001/order_00010000000000000000000")]
    public void Malformed_grain_keys_are_rejected(string text)
    {
        Assert.False(OrderKey.TryParse(text, out _));
    }

    [Fact]
    public void Channel_out_trade_no_is_derived_from_key_and_attempt_and_parses_back()
    {
        var key = new OrderKey("m001", "order_0001");

        var channelNo = key.ChannelOutTradeNo(2);

        Assert.Equal("order_0001_2", channelNo);
        Assert.True(OrderKey.TryParseChannelOutTradeNo("m001", channelNo, out var parsed, out var attempt));
        Assert.Equal(key, parsed);
        Assert.Equal(2, attempt);
    }

    [Fact]
    public void Longest_channel_out_trade_no_fits_wechat_limit_of_32()
    {
        var key = new OrderKey("m001", new string('a', OrderKey.MaxOutTradeNoLength));

        Assert.True(key.ChannelOutTradeNo(Order.MaxPaymentAttempts).Length <= 32);
    }

    [Theory]
    [InlineData("order_0001")]
    [InlineData("order_0001_0")]
    [InlineData("order_0001_01")]
    [InlineData("order_0001_x")]
    [InlineData("order_0001_999")]
    [InlineData("_1")]
    [InlineData("ord_1")]
    public void Channel_out_trade_no_without_valid_attempt_suffix_is_rejected(string channelNo)
    {
        Assert.False(OrderKey.TryParseChannelOutTradeNo("m001", channelNo, out var key, out var attempt));
        Assert.Equal((default(OrderKey), 0), (key, attempt));
    }
}
