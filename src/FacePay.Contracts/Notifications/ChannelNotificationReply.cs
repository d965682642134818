namespace FacePay.Contracts.Notifications;

/// <summary>The HTTP answer a channel expects for one notification, exactly as its specification wants it.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The content type of <paramref name="Body"/>, or null for no body.</param>
/// <param name="Body">The body (Alipay: <c>success</c>/<c>fail</c>; WeChat Pay: empty or <c>{"code":"FAIL",...}</c>).</param>
/// <param name="Accepted">True when the notification's effect is persisted or was already known.</param>
[GenerateSerializer, Immutable, Alias("FacePay.ChannelNotificationReply")]
public sealed record ChannelNotificationReply(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] string? Body,
    [property: Id(3)] bool Accepted);
