using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Discrepancies;

/// <summary>What a discrepancy request did: the trade as it now stands, or why nothing changed.</summary>
/// <param name="Trade">The trade after the change, when it was applied.</param>
/// <param name="Problem">Why it was not applied (unknown trade, wrong state), when it was not.</param>
public sealed record ChannelDiscrepancyResult(SandboxTradeSnapshot? Trade, string? Problem)
{
    /// <summary>Whether the change was applied.</summary>
    public bool Applied => Trade is not null;
}
