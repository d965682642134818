namespace FacePay.Domain.Webhooks;

/// <summary>
/// When a failed webhook is tried again. The first attempt is immediate; after attempt <c>n</c> fails, the next
/// one waits <see cref="Delays"/>[n-1]; when the delays are used up the event is dead-lettered. The
/// <see cref="Default"/> schedule follows the common orchestrator convention: 1 min, 2×5 min, 5×10 min, 5×1 h,
/// 3×6 h — 16 retries after the first attempt (17 attempts), the last one ≈ 24 h after the event.
/// </summary>
public sealed class WebhookRetrySchedule
{
    private readonly TimeSpan[] _delays;

    /// <summary>Creates a schedule from the waits between consecutive attempts.</summary>
    /// <exception cref="ArgumentException">A delay is negative, or there are more than 100.</exception>
    public WebhookRetrySchedule(IEnumerable<TimeSpan> delays)
    {
        ArgumentNullException.ThrowIfNull(delays);
        _delays = [.. delays];
        if (_delays.Any(delay => delay < TimeSpan.Zero))
        {
            throw new ArgumentException("Retry delays cannot be negative.", nameof(delays));
        }

        if (_delays.Length > 100)
        {
            throw new ArgumentException("A webhook retry schedule is bounded to 100 retries.", nameof(delays));
        }
    }

    /// <summary>1 min, 5 min ×2, 10 min ×5, 1 h ×5, 6 h ×3: 17 attempts spread over ≈ 24 h.</summary>
    public static WebhookRetrySchedule Default { get; } = new(
    [
        TimeSpan.FromMinutes(1),
        .. Enumerable.Repeat(TimeSpan.FromMinutes(5), 2),
        .. Enumerable.Repeat(TimeSpan.FromMinutes(10), 5),
        .. Enumerable.Repeat(TimeSpan.FromHours(1), 5),
        .. Enumerable.Repeat(TimeSpan.FromHours(6), 3),
    ]);

    /// <summary>The waits between consecutive attempts.</summary>
    public IReadOnlyList<TimeSpan> Delays => _delays;

    /// <summary>All attempts, the first immediate one included.</summary>
    public int MaxAttempts => _delays.Length + 1;

    /// <summary>Time from the first attempt to the last one.</summary>
    public TimeSpan TotalSpan => _delays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

    /// <summary>
    /// The wait before the next attempt after <paramref name="attemptsMade"/> attempts failed, or null when the
    /// schedule is exhausted and the event must be dead-lettered.
    /// </summary>
    public TimeSpan? DelayAfter(int attemptsMade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        return attemptsMade <= _delays.Length ? _delays[attemptsMade - 1] : null;
    }

    /// <summary>
    /// The same number of attempts with every wait divided by <paramref name="factor"/> (for tests and demos: a
    /// factor of 3600 turns the default ≈ 24 h into ≈ 24 s).
    /// </summary>
    public WebhookRetrySchedule Compressed(double factor)
    {
        if (!double.IsFinite(factor) || factor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The compression factor must be a finite number ≥ 1.");
        }

        return new WebhookRetrySchedule(_delays.Select(delay => TimeSpan.FromTicks((long)(delay.Ticks / factor))));
    }
}
