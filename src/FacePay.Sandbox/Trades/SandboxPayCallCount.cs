namespace FacePay.Sandbox.Trades;

/// <summary>How many pay requests arrived for one <c>out_trade_no</c>, whether or not they created a trade.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="OutTradeNo">The merchant order number.</param>
/// <param name="Count">Pay requests received.</param>
/// <param name="TradeExists">True when a trade is held for the number.</param>
public sealed record SandboxPayCallCount(SandboxChannel Channel, string OutTradeNo, int Count, bool TradeExists);
