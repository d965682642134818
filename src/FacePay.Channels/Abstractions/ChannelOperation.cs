namespace FacePay.Channels.Abstractions;

/// <summary>The operations a channel offers; classification and retry rules depend on it.</summary>
public enum ChannelOperation
{
    /// <summary>Charge the payer. Not idempotent from our side: never retried automatically.</summary>
    Pay = 1,

    /// <summary>Look a trade up. Idempotent.</summary>
    Query = 2,

    /// <summary>Alipay cancel / WeChat reverse: close or refund whatever the state.</summary>
    Cancel = 3,

    /// <summary>Close an unpaid trade. Idempotent.</summary>
    Close = 4,

    /// <summary>Refund (idempotent at the channel by refund number, but its effect must be confirmed by query).</summary>
    Refund = 5,

    /// <summary>Look a refund up. Idempotent.</summary>
    RefundQuery = 6,

    /// <summary>Ask for a bill download URL. Idempotent.</summary>
    Bill = 7,
}
