namespace FacePay.Grains.Channels;

/// <summary>Where a trade stands at the channel, as far as the order grain needs to know.</summary>
[GenerateSerializer, Alias("FacePay.GatewayTradeStatus")]
public enum GatewayTradeStatus
{
    /// <summary>The channel did not say (for example, the call failed before an answer).</summary>
    Unknown = 0,

    /// <summary>The channel has no trade with this out_trade_no.</summary>
    NotFound = 1,

    /// <summary>The trade exists and waits for the payer (USERPAYING, WAIT_BUYER_PAY, NOTPAY).</summary>
    Waiting = 2,

    /// <summary>The payer was charged (including later refunds of that charge).</summary>
    Paid = 3,

    /// <summary>The trade is closed, revoked or failed: nothing was charged.</summary>
    Closed = 4,
}
