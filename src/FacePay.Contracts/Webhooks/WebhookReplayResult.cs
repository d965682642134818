namespace FacePay.Contracts.Webhooks;

/// <summary>The answer to a dead-letter replay.</summary>
[GenerateSerializer, Alias("FacePay.Webhooks.WebhookReplayResult")]
public enum WebhookReplayResult
{
    /// <summary>The stored payload is queued for an immediate attempt (and the retry schedule again).</summary>
    Requeued = 1,

    /// <summary>No dead letter has this event id (never dead, already replayed, or dropped by the bound).</summary>
    NotFound = 2,
}
