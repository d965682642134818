namespace FacePay.Sandbox.Trades;

/// <summary>An outcome with the trade (and refund) concerned.</summary>
internal sealed record TradeResult(TradeOutcome Outcome, SandboxTradeSnapshot? Trade, SandboxRefundSnapshot? Refund = null, bool Changed = false)
{
    public static TradeResult Of(TradeOutcome outcome) => new(outcome, null);
}
