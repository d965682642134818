namespace FacePay.Sandbox.Trades;

/// <summary>A state change that produces an asynchronous notification.</summary>
internal enum TradeEventKind
{
    TradePaid,
    TradeClosed,
    RefundSucceeded,
}
