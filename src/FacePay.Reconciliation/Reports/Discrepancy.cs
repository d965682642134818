using FacePay.Domain;

namespace FacePay.Reconciliation.Reports;

/// <summary>One disagreement between a channel's bill and our books.</summary>
/// <param name="Class">How they disagree.</param>
/// <param name="ChannelOutTradeNo">The trade (<c>out_trade_no</c>) it is about.</param>
/// <param name="ChannelOutRefundNo">The refund it is about, if any.</param>
/// <param name="OrderKey">Our order (<c>{merchantId}/{outTradeNo}</c>), when there is one.</param>
/// <param name="ChannelAmount">What the channel's bill says.</param>
/// <param name="OurAmount">What our books say.</param>
/// <param name="OurStatus">Where our order (or attempt, or refund) stands.</param>
/// <param name="ChannelStatus">Where the channel says it stands, when a query asked.</param>
/// <param name="Repair">What the run may do about it.</param>
/// <param name="Resolution">What came of it.</param>
/// <param name="Detail">One line for an operator.</param>
/// <param name="LineNumber">The bill line, when the bill has one.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Discrepancy")]
public sealed record Discrepancy(
    [property: Id(0)] DiscrepancyClass Class,
    [property: Id(1)] string ChannelOutTradeNo,
    [property: Id(2)] string? ChannelOutRefundNo,
    [property: Id(3)] string? OrderKey,
    [property: Id(4)] Money? ChannelAmount,
    [property: Id(5)] Money? OurAmount,
    [property: Id(6)] string? OurStatus,
    [property: Id(7)] string? ChannelStatus,
    [property: Id(8)] RepairAction Repair,
    [property: Id(9)] DiscrepancyResolution Resolution,
    [property: Id(10)] string Detail,
    [property: Id(11)] long? LineNumber);
