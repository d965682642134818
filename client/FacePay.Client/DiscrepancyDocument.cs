using FacePay.Reconciliation.Reports;

namespace FacePay.Client;

/// <summary>One disagreement as a flat JSON document.</summary>
/// <param name="Class">How the sides disagree.</param>
/// <param name="Resolution">Open, Repaired or Confirmed.</param>
/// <param name="ChannelOutTradeNo">The trade.</param>
/// <param name="ChannelOutRefundNo">The refund, if any.</param>
/// <param name="OrderKey">Our order, if any.</param>
/// <param name="ChannelAmount">The bill's amount in minor units.</param>
/// <param name="OurAmount">Our amount in minor units.</param>
/// <param name="Currency">The currency of both amounts.</param>
/// <param name="OurStatus">Where our order stands.</param>
/// <param name="ChannelStatus">Where the channel says it stands.</param>
/// <param name="Repair">What the run could do about it.</param>
/// <param name="Detail">One line for an operator.</param>
/// <param name="LineNumber">The bill line.</param>
public sealed record DiscrepancyDocument(
    string Class,
    string Resolution,
    string ChannelOutTradeNo,
    string? ChannelOutRefundNo,
    string? OrderKey,
    long? ChannelAmount,
    long? OurAmount,
    string? Currency,
    string? OurStatus,
    string? ChannelStatus,
    string Repair,
    string Detail,
    long? LineNumber)
{
    /// <summary>The document of a discrepancy.</summary>
    public static DiscrepancyDocument From(Discrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        return new(
            discrepancy.Class.ToString(),
            discrepancy.Resolution.ToString(),
            discrepancy.ChannelOutTradeNo,
            discrepancy.ChannelOutRefundNo,
            discrepancy.OrderKey,
            discrepancy.ChannelAmount?.MinorUnits,
            discrepancy.OurAmount?.MinorUnits,
            (discrepancy.ChannelAmount ?? discrepancy.OurAmount)?.Currency.Code,
            discrepancy.OurStatus,
            discrepancy.ChannelStatus,
            discrepancy.Repair.ToString(),
            discrepancy.Detail,
            discrepancy.LineNumber);
    }
}
