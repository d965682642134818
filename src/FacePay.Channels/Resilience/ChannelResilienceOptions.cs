using System.ComponentModel.DataAnnotations;

namespace FacePay.Channels.Resilience;

/// <summary>Resilience settings for one channel (section <c>Channels:Alipay:Resilience</c> / <c>Channels:WechatPay:Resilience</c>).</summary>
public sealed class ChannelResilienceOptions
{
    /// <summary>Upper bound for a whole call, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for retryable results of idempotent calls only.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of faulty calls (retryable or unknown) in the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the breaker may open.</summary>
    [Range(2, 10000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The breaker's sampling window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls in flight at once per channel.</summary>
    [Range(1, 10000)]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>Calls allowed to wait for a slot; beyond this they are rejected (nothing sent).</summary>
    [Range(0, 100000)]
    public int QueueLimit { get; set; } = 256;
}
