namespace FacePay.Sandbox.Trades;

/// <summary>A state change to notify, with the trade as it was right after the change.</summary>
internal sealed record TradeEvent(TradeEventKind Kind, SandboxTradeSnapshot Trade, SandboxRefundSnapshot? Refund);
