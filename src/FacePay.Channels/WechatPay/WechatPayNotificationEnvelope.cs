using System.Text.Json.Serialization;

namespace FacePay.Channels.WechatPay;

/// <summary>The outer JSON of a WeChat Pay notification, as posted (before decryption).</summary>
/// <param name="Id">The notification id (deduplication key).</param>
/// <param name="CreateTime">The creation time (RFC 3339 text).</param>
/// <param name="EventType">E.g. <c>TRANSACTION.SUCCESS</c>, <c>REFUND.SUCCESS</c>.</param>
/// <param name="ResourceType">Always <c>encrypt-resource</c>.</param>
/// <param name="Summary">A human-readable summary.</param>
/// <param name="Resource">The encrypted resource.</param>
public sealed record WechatPayNotificationEnvelope(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("create_time")] string? CreateTime,
    [property: JsonPropertyName("event_type")] string? EventType,
    [property: JsonPropertyName("resource_type")] string? ResourceType,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("resource")] WechatPayEncryptedResource? Resource);
