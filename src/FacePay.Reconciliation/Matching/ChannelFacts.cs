using FacePay.Domain;

namespace FacePay.Reconciliation.Matching;

/// <summary>What a channel query said about a trade or a refund, in the terms repair assessment needs.</summary>
/// <param name="Settled">Paid (a trade) or succeeded (a refund) at the channel now.</param>
/// <param name="Amount">The amount the channel reports, when it reports one.</param>
/// <param name="Status">The channel's status, for the report.</param>
public sealed record ChannelFacts(bool Settled, Money? Amount, string Status);
