namespace FacePay.Channels.WechatPay;

/// <summary>A decrypted WeChat Pay notification.</summary>
/// <param name="Id">The notification id (deduplication key).</param>
/// <param name="CreateTime">The creation time text.</param>
/// <param name="EventType">E.g. <c>TRANSACTION.SUCCESS</c>.</param>
/// <param name="ResourceType">E.g. <c>encrypt-resource</c>.</param>
/// <param name="Summary">The summary text.</param>
/// <param name="OriginalType">The resource's original type, e.g. <c>transaction</c> or <c>refund</c>.</param>
/// <param name="AssociatedData">The resource's associated data.</param>
/// <param name="Plaintext">The decrypted resource JSON.</param>
public sealed record WechatPayNotification(
    string Id,
    string? CreateTime,
    string EventType,
    string? ResourceType,
    string? Summary,
    string? OriginalType,
    string? AssociatedData,
    string Plaintext);
