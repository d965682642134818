namespace FacePay.Testing;

/// <summary>One request the test receiver got, and what it answered.</summary>
public sealed record ReceivedWebhook(
    byte[] Body,
    string? Signature,
    string? EventId,
    string? EventType,
    string? IdempotencyKey,
    string? ContentType,
    int Answer,
    DateTimeOffset ReceivedAt);
