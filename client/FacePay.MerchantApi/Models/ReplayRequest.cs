namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>POST /v1/events/replays</c>.</summary>
/// <param name="EventId">The dead letter's event id.</param>
public sealed record ReplayRequest(string? EventId);
