namespace FacePay.Channels.Abstractions;

/// <summary>A refund's state at the channel.</summary>
public enum ChannelRefundStatus
{
    /// <summary>The call did not reveal the refund's state.</summary>
    Unspecified = 0,

    /// <summary>The channel has no such refund.</summary>
    NotFound = 1,

    /// <summary>Accepted, money on its way (WeChat <c>PROCESSING</c>).</summary>
    Processing = 2,

    /// <summary>Refunded (WeChat <c>SUCCESS</c>; Alipay <c>fund_change=Y</c> / <c>REFUND_SUCCESS</c>).</summary>
    Success = 3,

    /// <summary>The refund was closed without paying out (WeChat <c>CLOSED</c>).</summary>
    Closed = 4,

    /// <summary>The refund failed and needs manual handling (WeChat <c>ABNORMAL</c>).</summary>
    Abnormal = 5,
}
