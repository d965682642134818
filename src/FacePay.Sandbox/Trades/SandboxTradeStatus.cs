namespace FacePay.Sandbox.Trades;

/// <summary>A sandbox trade's state, channel-neutral (see <see cref="SandboxTradeSnapshot.ChannelStatus"/> for the channel's word).</summary>
public enum SandboxTradeStatus
{
    /// <summary>Created, waiting for the payer (Alipay <c>WAIT_BUYER_PAY</c>, WeChat <c>USERPAYING</c>).</summary>
    UserPaying,

    /// <summary>Paid (Alipay <c>TRADE_SUCCESS</c>, WeChat <c>SUCCESS</c> or <c>REFUND</c> once refunded).</summary>
    Success,

    /// <summary>Closed unpaid (Alipay <c>TRADE_CLOSED</c>, WeChat <c>CLOSED</c>).</summary>
    Closed,

    /// <summary>Cancelled / reversed; refunded in full when it had been paid (Alipay <c>TRADE_CLOSED</c>, WeChat <c>REVOKED</c>).</summary>
    Revoked,
}
