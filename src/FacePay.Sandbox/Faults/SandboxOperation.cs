namespace FacePay.Sandbox.Faults;

/// <summary>A gateway operation a fault rule can target; <see cref="Notify"/> targets outgoing notifications.</summary>
public enum SandboxOperation
{
    /// <summary>Alipay <c>alipay.trade.pay</c>, WeChat code pay.</summary>
    Pay,

    /// <summary>Trade query.</summary>
    Query,

    /// <summary>Alipay <c>alipay.trade.cancel</c>, WeChat reverse.</summary>
    Cancel,

    /// <summary>Close an unpaid trade.</summary>
    Close,

    /// <summary>Refund.</summary>
    Refund,

    /// <summary>Refund query.</summary>
    RefundQuery,

    /// <summary>Bill URL query and bill download.</summary>
    Bill,

    /// <summary>WeChat platform certificate download (<c>GET /v3/certificates</c>).</summary>
    Certificates,

    /// <summary>An asynchronous notification sent by the sandbox.</summary>
    Notify,
}
