namespace FacePay.Sandbox.Trades;

/// <summary>A refund's state (WeChat <c>status</c>; Alipay refunds are synchronous and always succeed at once).</summary>
public enum SandboxRefundStatus
{
    /// <summary>Accepted, money not yet back (WeChat <c>PROCESSING</c>).</summary>
    Processing,

    /// <summary>Money returned (WeChat <c>SUCCESS</c>, Alipay <c>REFUND_SUCCESS</c>).</summary>
    Success,
}
