namespace FacePay.Sandbox.Notifications;

/// <summary>One delivery attempt of an asynchronous notification.</summary>
/// <param name="NotificationId">Alipay <c>notify_id</c> or WeChat <c>id</c>; the same across retries and copies.</param>
/// <param name="Channel">The channel.</param>
/// <param name="OutTradeNo">The trade.</param>
/// <param name="EventType">Alipay <c>trade_status</c> or WeChat <c>event_type</c>.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="Copy">0 for the original, 1… for injected duplicates.</param>
/// <param name="Attempt">0 for the first attempt, then retries.</param>
/// <param name="StatusCode">The receiver's HTTP status, null when no answer came.</param>
/// <param name="Acknowledged">True when the receiver acknowledged (Alipay: <c>success</c>; WeChat: 2xx).</param>
/// <param name="Error">Transport error, if any.</param>
/// <param name="Tampered">True when a fault altered this attempt (wrong amount or bad signature).</param>
/// <param name="At">When the attempt finished.</param>
public sealed record NotificationAttempt(
    string NotificationId,
    SandboxChannel Channel,
    string OutTradeNo,
    string EventType,
    string Url,
    int Copy,
    int Attempt,
    int? StatusCode,
    bool Acknowledged,
    string? Error,
    bool Tampered,
    DateTimeOffset At);
