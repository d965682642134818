namespace FacePay.MerchantApi.Operators;

/// <summary>The body of a dead-letter replay by an operator.</summary>
/// <param name="EventId">The dead letter's event id.</param>
public sealed record ReplayDeadLetterRequest(string? EventId);
