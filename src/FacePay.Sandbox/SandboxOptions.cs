namespace FacePay.Sandbox;

/// <summary>Settings of the channel sandbox (configuration section <c>Sandbox</c>).</summary>
public sealed class SandboxOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>Loopback port for <see cref="SandboxHost"/>; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Allow <c>urls</c> beyond loopback (for example <c>http://0.0.0.0:5080</c>). Off by default; only the staging
    /// Kubernetes overlay sets it, with a NetworkPolicy that lets only silo pods in. Never in production.
    /// </summary>
    public bool ListenBeyondLoopback { get; set; }

    /// <summary>Where credentials are loaded from (or generated into when absent); null keeps them in memory only.</summary>
    public string? CredentialsDirectory { get; set; }

    /// <summary>Alipay <c>app_id</c> used when generating credentials.</summary>
    public string AlipayAppId { get; set; } = "2021000000000001";

    /// <summary>Alipay seller PID used when generating credentials.</summary>
    public string AlipaySellerId { get; set; } = "2088000000000001";

    /// <summary>WeChat <c>mchid</c> used when generating credentials.</summary>
    public string WechatPayMchId { get; set; } = "1900000001";

    /// <summary>WeChat <c>appid</c> used when generating credentials.</summary>
    public string WechatPayAppId { get; set; } = "wx0000000000000001";

    /// <summary>Which WeChat Pay key signs responses and notifications.</summary>
    public SandboxWechatPayKeyMode WechatPayKeyMode { get; set; } = SandboxWechatPayKeyMode.PublicKey;

    /// <summary>
    /// Simulated seconds per real second for notification retry schedules: 60 turns Alipay's 4-minute retry into
    /// 4 real seconds. 1 is real time.
    /// </summary>
    public double TimeCompression { get; set; } = 1;

    /// <summary>How long the sandbox waits for a notify URL to answer (real time).</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// WeChat payment notify URL used when a pay or refund request carries no <c>notify_url</c> (v3 code pay has no
    /// such field: the merchant configures it on the merchant platform). Read at pay time, so it may be changed on a
    /// running sandbox.
    /// </summary>
    public Uri? WechatPayNotifyUrl { get; set; }

    /// <summary>Alipay notify URL used when a request carries no <c>notify_url</c> parameter; read at pay time.</summary>
    public Uri? AlipayNotifyUrl { get; set; }

    /// <summary>Send asynchronous notifications at all.</summary>
    public bool NotificationsEnabled { get; set; } = true;

    /// <summary>Balance of every payer without one of its own, in fen.</summary>
    public long DefaultPayerBalanceFen { get; set; } = 100_000_000_00;

    /// <summary>How long a <c>Timeout</c> fault holds a request when the rule gives no delay.</summary>
    public TimeSpan DefaultTimeoutHold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed for fault probabilities; null for a random one.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <returns>The problems found; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Port is < 0 or > 65535)
        {
            problems.Add("Port must be 0–65535.");
        }

        if (!(TimeCompression >= 1 && TimeCompression <= 1_000_000))
        {
            problems.Add("TimeCompression must be between 1 and 1,000,000.");
        }

        if (NotificationTimeout <= TimeSpan.Zero)
        {
            problems.Add("NotificationTimeout must be positive.");
        }

        if (DefaultPayerBalanceFen < 0)
        {
            problems.Add("DefaultPayerBalanceFen must not be negative.");
        }

        if (DefaultTimeoutHold <= TimeSpan.Zero)
        {
            problems.Add("DefaultTimeoutHold must be positive.");
        }

        foreach (var (name, value) in new[] { ("AlipayAppId", AlipayAppId), ("AlipaySellerId", AlipaySellerId), ("WechatPayMchId", WechatPayMchId), ("WechatPayAppId", WechatPayAppId) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is required.");
            }
        }

        return problems;
    }
}
