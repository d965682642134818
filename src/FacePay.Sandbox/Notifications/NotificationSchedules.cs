namespace FacePay.Sandbox.Notifications;

/// <summary>The channels' published resend intervals after a notification was not acknowledged.</summary>
internal static class NotificationSchedules
{
    /// <summary>Alipay: about 25 hours in total.</summary>
    public static readonly TimeSpan[] Alipay =
    [
        TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(15),
    ];

    /// <summary>WeChat Pay v3: about 24 hours 4 minutes in total.</summary>
    public static readonly TimeSpan[] WechatPay =
    [
        TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30),
        TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), TimeSpan.FromHours(3), TimeSpan.FromHours(3),
        TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(6),
    ];

    public static TimeSpan[] For(SandboxChannel channel) => channel == SandboxChannel.Alipay ? Alipay : WechatPay;
}
