namespace FacePay.Channels.Abstractions;

/// <summary>Ask for the trade bill of one day (reconciliation).</summary>
/// <param name="BillDate">The day (channel's local date, Beijing time).</param>
public sealed record ChannelBillRequest(DateOnly BillDate);
