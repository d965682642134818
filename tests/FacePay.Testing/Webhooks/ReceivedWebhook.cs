namespace FacePay.Testing.Webhooks;

/// <summary>One request the test receiver got, and what it answered.</summary>
/// <param name="Body">The raw body.</param>
/// <param name="Signature">The <c>FacePay-Signature</c> header.</param>
/// <param name="EventId">The <c>FacePay-Event-Id</c> header.</param>
/// <param name="EventType">The <c>FacePay-Event-Type</c> header.</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header.</param>
/// <param name="ContentType">The content type.</param>
/// <param name="Answer">The status the receiver answered.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record ReceivedWebhook(
    byte[] Body,
    string? Signature,
    string? EventId,
    string? EventType,
    string? IdempotencyKey,
    string? ContentType,
    int Answer,
    DateTimeOffset ReceivedAt);
