using FacePay.Contracts.Webhooks;

namespace FacePay.MerchantApi.Models;

/// <summary>The merchant's webhook endpoint and delivery counters.</summary>
/// <param name="Url">The receiving URL.</param>
/// <param name="Enabled">Whether events are delivered.</param>
/// <param name="SecretFingerprint"><c>sha256:</c> and 12 hex digits of the secret's hash, to compare without showing it.</param>
/// <param name="ConfiguredAt">When the endpoint was last configured.</param>
/// <param name="Delivered">Events delivered.</param>
/// <param name="Pending">Events waiting for delivery.</param>
/// <param name="DeadLetters">Events given up and kept for replay.</param>
/// <param name="LastDeliveredAt">When the last delivery succeeded.</param>
public sealed record WebhookResponse(
    string Url,
    bool Enabled,
    string SecretFingerprint,
    DateTimeOffset ConfiguredAt,
    long Delivered,
    int Pending,
    int DeadLetters,
    DateTimeOffset? LastDeliveredAt)
{
    /// <summary>Maps the configuration and counters.</summary>
    public static WebhookResponse From(WebhookConfiguration configuration, WebhookDeliveryStats stats)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(stats);
        return new(configuration.Url, configuration.Enabled, configuration.SecretFingerprint, configuration.ConfiguredAt, stats.Delivered, stats.Pending, stats.DeadLetters, stats.LastDeliveredAt);
    }
}
