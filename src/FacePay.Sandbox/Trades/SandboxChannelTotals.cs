namespace FacePay.Sandbox.Trades;

/// <summary>Money totals of one channel, for audits: what payers paid and what they got back.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Trades">Number of trades held.</param>
/// <param name="PaidTrades">Trades that were paid at some point.</param>
/// <param name="PaidFen">Sum of paid amounts.</param>
/// <param name="RefundedFen">Sum of refunds and reversals.</param>
/// <param name="PayCalls">Pay requests received.</param>
public sealed record SandboxChannelTotals(SandboxChannel Channel, int Trades, int PaidTrades, long PaidFen, long RefundedFen, int PayCalls)
{
    /// <summary>What the channel keeps: paid minus refunded.</summary>
    public long NetFen => PaidFen - RefundedFen;
}
