using Orleans.Concurrency;

namespace FacePay.Contracts.Webhooks;

/// <summary>
/// One merchant's webhook dispatcher, keyed by merchant id. It is implicitly subscribed to the merchant's
/// <c>payments</c> stream: every payment event is deduplicated by event id, turned into a stored JSON payload, and
/// POSTed to the configured endpoint with a <c>FacePay-Signature</c> header, retried on a bounded schedule, and
/// dead-lettered when the schedule runs out.
/// </summary>
[Alias("FacePay.IWebhookDispatcherGrain")]
public interface IWebhookDispatcherGrain : IGrainWithStringKey
{
    /// <summary>Sets (or replaces) the endpoint; queued events go to the new URL with the new secret.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL the silo accepts, or the secret is shorter than 16 bytes.</exception>
    [Alias("Configure")]
    Task<WebhookConfiguration> ConfigureAsync(WebhookEndpoint endpoint);

    /// <summary>The endpoint with its secret masked, or null when none was configured.</summary>
    [ReadOnly, Alias("GetConfiguration")]
    Task<WebhookConfiguration?> GetConfigurationAsync();

    /// <summary>Events waiting for delivery, earliest due first.</summary>
    [ReadOnly, Alias("GetBacklog")]
    Task<IReadOnlyList<WebhookBacklogEntry>> GetBacklogAsync();

    /// <summary>Events given up, oldest first.</summary>
    [ReadOnly, Alias("GetDeadLetters")]
    Task<IReadOnlyList<WebhookDeadLetterEntry>> GetDeadLettersAsync();

    /// <summary>Sends a dead letter's stored payload again (byte-identical), with a fresh retry schedule.</summary>
    [Alias("ReplayDeadLetter")]
    Task<WebhookReplayResult> ReplayDeadLetterAsync(string eventId);

    /// <summary>Delivery counters.</summary>
    [ReadOnly, Alias("GetStats")]
    Task<WebhookDeliveryStats> GetStatsAsync();
}
