namespace FacePay.Contracts.Webhooks;

/// <summary>A merchant's webhook endpoint as anyone may see it: the secret only as a fingerprint.</summary>
/// <param name="Url">The receiving URL.</param>
/// <param name="Enabled">Whether events are delivered.</param>
/// <param name="SecretFingerprint"><c>sha256:</c> and the first 12 hex digits of SHA-256 of the secret.</param>
/// <param name="ConfiguredAt">When the endpoint was last configured.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookConfiguration")]
public sealed record WebhookConfiguration(
    [property: Id(0)] string Url,
    [property: Id(1)] bool Enabled,
    [property: Id(2)] string SecretFingerprint,
    [property: Id(3)] DateTimeOffset ConfiguredAt);
