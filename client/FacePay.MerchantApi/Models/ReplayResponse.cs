namespace FacePay.MerchantApi.Models;

/// <summary>A dead letter queued for delivery again.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Status"><c>Requeued</c>.</param>
public sealed record ReplayResponse(string EventId, string Status);
