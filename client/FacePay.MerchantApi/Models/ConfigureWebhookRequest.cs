namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>PUT /v1/events/webhook</c>.</summary>
/// <param name="Url">Absolute <c>https</c> URL that receives the events.</param>
/// <param name="Secret">The signing secret (at least 16 bytes); never returned.</param>
/// <param name="Enabled">Whether events are delivered (default true).</param>
public sealed record ConfigureWebhookRequest(string? Url, string? Secret, bool? Enabled);
