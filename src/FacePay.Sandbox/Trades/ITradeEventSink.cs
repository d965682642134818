namespace FacePay.Sandbox.Trades;

/// <summary>Receives state changes (the notification dispatcher).</summary>
internal interface ITradeEventSink
{
    void Publish(TradeEvent tradeEvent);
}
