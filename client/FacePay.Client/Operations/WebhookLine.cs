namespace FacePay.Client.Operations;

/// <summary>A merchant's webhook delivery.</summary>
/// <param name="MerchantId">The merchant.</param>
/// <param name="Configured">Whether an endpoint is configured and enabled.</param>
/// <param name="Pending">Events waiting.</param>
/// <param name="DeadLetters">Events given up, kept now.</param>
/// <param name="Delivered">Events delivered.</param>
/// <param name="FailedAttempts">Attempts that failed.</param>
/// <param name="Replayed">Dead letters replayed.</param>
/// <param name="LastDeliveredAt">The last delivery.</param>
public sealed record WebhookLine(string MerchantId, bool Configured, int Pending, int DeadLetters, long Delivered, long FailedAttempts, long Replayed, DateTimeOffset? LastDeliveredAt);
