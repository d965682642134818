using FacePay.Domain.Webhooks;

namespace FacePay.Grains.Webhooks;

/// <summary>How the silo delivers merchant webhooks. Validated at start by <see cref="WebhookServiceCollectionExtensions.AddFacePayWebhooks"/>.</summary>
public sealed class WebhookDispatcherOptions
{
    /// <summary>The configuration section conventionally bound to these options.</summary>
    public const string SectionName = "FacePay:Webhooks";

    /// <summary>Whole-request timeout of one attempt (connect, send, response headers). Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The waits between attempts. Default <see cref="WebhookRetrySchedule.Default"/> (17 attempts over ≈ 24 h).</summary>
    public WebhookRetrySchedule RetrySchedule { get; set; } = WebhookRetrySchedule.Default;

    /// <summary>Divides every wait of <see cref="RetrySchedule"/> (1 = real time; demos and tests use larger values).</summary>
    public double ScheduleCompression { get; set; } = 1;

    /// <summary>
    /// Period of the durable reminder that wakes a dispatcher with a backlog (after a silo restart or an idle
    /// deactivation lost its in-memory timer). At least Orleans' minimum reminder period (1 min by default).
    /// </summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the answers of a round of attempts may stay unwritten, waiting to be carried by the next event's write
    /// (on a busy dispatcher, nearly always). Zero writes them at once. A crash in the window resends the stored bytes
    /// (webhooks are at least once). Default 50 ms; at most 1 s.
    /// </summary>
    public TimeSpan AnswerWriteDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How long newly delivered event ids may stay unwritten (they are remembered to deduplicate redelivered events and
    /// stored apart from the backlog, as one row of up to <see cref="MaxRememberedDeliveries"/> ids). A crash in the
    /// window forgets those ids: a redelivery of such an event is sent again, with the same bytes. Default 1 s; at most 1 min.
    /// </summary>
    public TimeSpan DeliveryMemoryWriteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most requests one merchant's dispatcher has in flight at once.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 4;

    /// <summary>Most events waiting per merchant; beyond it new events are dead-lettered at once.</summary>
    public int MaxPending { get; set; } = 10_000;

    /// <summary>Most dead letters kept per merchant (oldest dropped first).</summary>
    public int MaxDeadLetters { get; set; } = 1_000;

    /// <summary>Most delivered event ids remembered per merchant for deduplication.</summary>
    public int MaxRememberedDeliveries { get; set; } = 10_000;

    /// <summary>Whether endpoint URLs must be https. Turn off only for loopback tests and local demos.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>The schedule actually used: <see cref="RetrySchedule"/> compressed by <see cref="ScheduleCompression"/>.</summary>
    public WebhookRetrySchedule EffectiveSchedule =>
        ScheduleCompression == 1 ? RetrySchedule : RetrySchedule.Compressed(ScheduleCompression);

    /// <summary>The ledger bounds.</summary>
    public WebhookLedgerLimits Limits => new(MaxPending, MaxDeadLetters, MaxRememberedDeliveries);

    /// <summary>Whether the values make sense (checked at silo start).</summary>
    public bool IsValid() =>
        RequestTimeout > TimeSpan.Zero
        && RetrySchedule is not null
        && double.IsFinite(ScheduleCompression) && ScheduleCompression >= 1
        && ReminderPeriod > TimeSpan.Zero
        && AnswerWriteDelay >= TimeSpan.Zero && AnswerWriteDelay <= TimeSpan.FromSeconds(1)
        && DeliveryMemoryWriteDelay >= TimeSpan.Zero && DeliveryMemoryWriteDelay <= TimeSpan.FromMinutes(1)
        && MaxConcurrentDeliveries is > 0 and <= 64
        && MaxPending > 0 && MaxDeadLetters > 0 && MaxRememberedDeliveries > 0;
}
