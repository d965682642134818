namespace FacePay.Channels.Abstractions;

/// <summary>A trade's state at the channel, unified across Alipay <c>trade_status</c> and WeChat Pay <c>trade_state</c>.</summary>
public enum ChannelTradeStatus
{
    /// <summary>The call did not reveal the trade's state (failure, unknown outcome).</summary>
    Unspecified = 0,

    /// <summary>The channel has no such trade (Alipay <c>ACQ.TRADE_NOT_EXIST</c>, WeChat <c>ORDER_NOT_EXIST</c>).</summary>
    NotFound = 1,

    /// <summary>Created, waiting for the payer (Alipay <c>WAIT_BUYER_PAY</c>, WeChat <c>NOTPAY</c> / <c>USERPAYING</c>).</summary>
    WaitingForPayment = 2,

    /// <summary>Paid (Alipay <c>TRADE_SUCCESS</c>, WeChat <c>SUCCESS</c>); refundable.</summary>
    Paid = 3,

    /// <summary>Paid and final, no longer refundable (Alipay <c>TRADE_FINISHED</c>).</summary>
    Finished = 4,

    /// <summary>Some or all of the amount was refunded (WeChat <c>REFUND</c>; Alipay cancel with action <c>refund</c>).</summary>
    Refunded = 5,

    /// <summary>Closed without payment, or fully refunded (Alipay <c>TRADE_CLOSED</c>, WeChat <c>CLOSED</c>).</summary>
    Closed = 6,

    /// <summary>Revoked / reversed (WeChat <c>REVOKED</c>).</summary>
    Revoked = 7,

    /// <summary>The payment failed at the channel (WeChat <c>PAYERROR</c>).</summary>
    Failed = 8,
}
