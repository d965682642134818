using FacePay.Contracts.Reconciliation;
using FacePay.Reconciliation.Reports;
using FacePay.Reconciliation.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Reconciliation;

/// <summary>
/// The daily reminder (period one day, first due at the configured Beijing time) that starts yesterday's
/// reconciliation for each configured channel account. Each run is idempotent, so a tick delivered twice, or a
/// silo that re-registers the reminder at start, does no harm.
/// </summary>
public sealed partial class ReconciliationScheduleGrain(
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<ReconciliationScheduleGrain> logger) : Grain, IReconciliationScheduleGrain, IRemindable
{
    private const string DailyReminder = "daily-reconciliation";

    private readonly ReconciliationOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<DateTimeOffset> EnsureScheduledAsync()
    {
        var now = time.GetUtcNow();
        var due = DailyRunSchedule.NextDue(now, _options.Schedule.RunAt);
        await this.RegisterOrUpdateReminder(DailyReminder, due - now, TimeSpan.FromDays(1));
        return due;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> StartDueRunsAsync(DateTimeOffset now)
    {
        var date = DailyRunSchedule.BillDateFor(now);
        var keys = _options.MerchantIds.Keys.Order().Select(channel => new ReconciliationKey(channel, date).ToString()).ToList();
        foreach (var key in keys)
        {
            try
            {
                await GrainFactory.GetGrain<IReconciliationGrain>(key).StartAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One channel's failure to start must not keep the other from running.
                LogStartFailed(ex, key);
            }
        }

        return keys;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DailyReminder)
        {
            LogTick(string.Join(", ", await StartDueRunsAsync(time.GetUtcNow())));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily reconciliation started: {Keys}.")]
    private partial void LogTick(string keys);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily reconciliation {Key} could not be started.")]
    private partial void LogStartFailed(Exception exception, string key);
}
