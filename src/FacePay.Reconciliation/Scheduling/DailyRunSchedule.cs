using FacePay.Reconciliation.Bills;

namespace FacePay.Reconciliation.Scheduling;

/// <summary>
/// When the daily run is due and which day it reconciles. Bills are per Beijing day and become available the next
/// morning, so a run at <c>runAt</c> (Beijing time) reconciles the day before.
/// </summary>
public static class DailyRunSchedule
{
    /// <summary>The next time after <paramref name="now"/> that is <paramref name="runAt"/> on a Beijing clock.</summary>
    /// <param name="now">The current instant.</param>
    /// <param name="runAt">The time of day (Beijing).</param>
    /// <returns>The next due instant (strictly after <paramref name="now"/>).</returns>
    public static DateTimeOffset NextDue(DateTimeOffset now, TimeOnly runAt)
    {
        var local = now.ToOffset(BillTime.BeijingOffset);
        var today = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(runAt), BillTime.BeijingOffset);
        return today > now ? today : today.AddDays(1);
    }

    /// <summary>The bill date a run at <paramref name="now"/> reconciles: the Beijing day before.</summary>
    /// <param name="now">When the run starts.</param>
    /// <returns>The bill date.</returns>
    public static DateOnly BillDateFor(DateTimeOffset now) => BillTime.BeijingDate(now).AddDays(-1);
}
