namespace FacePay.Sandbox.Notifications;

/// <summary>A notification to deliver; <see cref="Build"/> makes a fresh request per attempt (new timestamp and nonce).</summary>
internal sealed record OutgoingNotification(
    SandboxChannel Channel,
    string Id,
    string OutTradeNo,
    string EventType,
    Uri Url,
    Func<NotificationTampering, HttpRequestMessage> Build);
