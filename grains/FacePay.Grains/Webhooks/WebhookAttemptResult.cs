namespace FacePay.Grains.Webhooks;

/// <summary>The outcome of one POST.</summary>
/// <param name="Delivered">True for a 2xx answer.</param>
/// <param name="Failure">Why it failed (status code or error class; never the secret, body or URL query).</param>
public sealed record WebhookAttemptResult(bool Delivered, string? Failure)
{
    /// <summary>A 2xx answer.</summary>
    public static WebhookAttemptResult Success { get; } = new(true, null);

    /// <summary>A failed attempt.</summary>
    public static WebhookAttemptResult Failed(string failure) => new(false, failure);
}
