namespace FacePay.Domain.Webhooks;

/// <summary>What <see cref="WebhookSignatureVerifier"/> concluded about a request.</summary>
public enum WebhookVerificationResult
{
    /// <summary>A <c>v1</c> signature matches and the timestamp is within tolerance.</summary>
    Valid = 1,

    /// <summary>No signature header.</summary>
    MissingHeader = 2,

    /// <summary>The header is not <c>t=…,v1=…</c>.</summary>
    Malformed = 3,

    /// <summary>The timestamp is outside the tolerance (a replayed or badly delayed request).</summary>
    StaleTimestamp = 4,

    /// <summary>No <c>v1</c> signature matches the body with this secret.</summary>
    SignatureMismatch = 5,
}
