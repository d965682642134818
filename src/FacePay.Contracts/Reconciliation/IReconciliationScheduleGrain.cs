namespace FacePay.Contracts.Reconciliation;

/// <summary>
/// The daily reconciliation schedule (one per cluster, key 0): a reminder that, at the configured Beijing time,
/// starts the reconciliation of the previous day for every channel account configured for reconciliation.
/// </summary>
[Alias("FacePay.IReconciliationScheduleGrain")]
public interface IReconciliationScheduleGrain : IGrainWithIntegerKey
{
    /// <summary>Registers (or moves) the daily reminder to the configured time; returns when the next run is due.</summary>
    [Alias("EnsureScheduled")]
    Task<DateTimeOffset> EnsureScheduledAsync();

    /// <summary>Starts the runs the reminder starts, for the day before <paramref name="now"/> (Beijing); returns their keys.</summary>
    [Alias("StartDueRuns")]
    Task<IReadOnlyList<string>> StartDueRunsAsync(DateTimeOffset now);
}
