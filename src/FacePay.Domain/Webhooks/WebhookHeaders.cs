namespace FacePay.Domain.Webhooks;

/// <summary>
/// The HTTP headers of a merchant webhook request. A merchant verifies <see cref="Signature"/> with
/// <see cref="WebhookSignatureVerifier"/> (or the same steps in any language) and deduplicates by
/// <see cref="EventId"/>: a retry or a manual replay of one event carries the same id and the same body bytes.
/// </summary>
public static class WebhookHeaders
{
    /// <summary>
    /// <c>FacePay-Signature: t=1700000000,v1=&lt;hex&gt;</c>: <c>t</c> is Unix seconds at sending time, <c>v1</c> the
    /// lowercase hex HMAC-SHA256, keyed with the UTF-8 bytes of the endpoint secret, over the ASCII bytes of
    /// <c>{t}.</c> followed by the raw request body bytes. Several <c>v1</c> entries may appear.
    /// </summary>
    public const string Signature = "FacePay-Signature";

    /// <summary>The event id (also in the body as <c>id</c>); identical on every attempt and replay.</summary>
    public const string EventId = "FacePay-Event-Id";

    /// <summary>The event type, e.g. <c>payment.succeeded</c> (also in the body as <c>type</c>).</summary>
    public const string EventType = "FacePay-Event-Type";

    /// <summary>The idempotency key of the delivery: the event id, so a merchant can reuse its own idempotency layer.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>The 1-based attempt number of this request (informational; not signed).</summary>
    public const string DeliveryAttempt = "FacePay-Delivery-Attempt";
}
