using FacePay.Sandbox.Trades;

namespace FacePay.Chaos.Tests.Sandbox;

/// <summary>The sandbox's <c>GET /sandbox/trades</c> document.</summary>
/// <param name="Trades">Every trade, oldest first.</param>
/// <param name="PayCalls">Pay requests per <c>out_trade_no</c>, including refused ones that created no trade.</param>
/// <param name="Totals">Money totals per channel.</param>
public sealed record SandboxTrades(
    IReadOnlyList<SandboxTradeSnapshot> Trades,
    IReadOnlyList<SandboxPayCallCount> PayCalls,
    IReadOnlyList<SandboxChannelTotals> Totals);
