namespace FacePay.Sandbox.Trades;

/// <summary>The channel-neutral result of a trade operation; each gateway maps it to its codes.</summary>
internal enum TradeOutcome
{
    Ok,
    UserPaying,
    AlreadyPaid,
    Inconsistent,
    TradeClosed,
    InvalidPayerCode,
    InsufficientBalance,
    NotFound,
    NotPaid,
    AmountExceeded,
}
