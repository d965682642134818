namespace FacePay.Contracts.Webhooks;

/// <summary>Counters of one merchant's webhook delivery since its dispatcher state was created.</summary>
/// <param name="Accepted">Distinct events queued.</param>
/// <param name="Delivered">Events answered with 2xx.</param>
/// <param name="FailedAttempts">Attempts that failed (non-2xx, timeout, connection error).</param>
/// <param name="DeadLettered">Events given up.</param>
/// <param name="DuplicatesIgnored">Stream redeliveries of known events that were ignored.</param>
/// <param name="Replayed">Dead letters replayed by an operator.</param>
/// <param name="IgnoredWithoutEndpoint">Events that arrived while no enabled endpoint was configured (not queued).</param>
/// <param name="Pending">Events waiting now.</param>
/// <param name="DeadLetters">Dead letters kept now.</param>
/// <param name="LastDeliveredAt">When the last delivery succeeded.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookDeliveryStats")]
public sealed record WebhookDeliveryStats(
    [property: Id(0)] long Accepted,
    [property: Id(1)] long Delivered,
    [property: Id(2)] long FailedAttempts,
    [property: Id(3)] long DeadLettered,
    [property: Id(4)] long DuplicatesIgnored,
    [property: Id(5)] long Replayed,
    [property: Id(6)] long IgnoredWithoutEndpoint,
    [property: Id(7)] int Pending,
    [property: Id(8)] int DeadLetters,
    [property: Id(9)] DateTimeOffset? LastDeliveredAt);
