using FacePay.Domain;
using FacePay.Reconciliation.Ledger;

namespace FacePay.Reconciliation.Matching;

/// <summary>One thing the streaming pass could not line up; <see cref="DiscrepancyClassifier"/> decides what it means.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="ChannelOutTradeNo">The trade it is about.</param>
/// <param name="ChannelOutRefundNo">The refund it is about, for refund findings.</param>
/// <param name="BillAmountFen">The bill's amount, when the bill has the line.</param>
/// <param name="Ledger">The ledger's entry, when the ledger has one.</param>
/// <param name="LineNumber">The bill line, when the bill has the line.</param>
public sealed record MatchFinding(
    FindingKind Kind,
    string ChannelOutTradeNo,
    string? ChannelOutRefundNo,
    long? BillAmountFen,
    LedgerEntry? Ledger,
    long? LineNumber)
{
    /// <summary>The ledger amount, when the ledger has the entry.</summary>
    public Money? LedgerAmount => Ledger?.Amount;
}
