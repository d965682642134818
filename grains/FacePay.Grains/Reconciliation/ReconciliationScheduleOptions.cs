namespace FacePay.Grains.Reconciliation;

/// <summary>When the daily reconciliation runs (<c>FacePay:Reconciliation:Schedule</c>).</summary>
public sealed class ReconciliationScheduleOptions
{
    /// <summary>Whether silos register the daily reminder at start (when any channel has a merchant configured).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The Beijing time of day of the run (e.g. <c>10:00</c>); it reconciles the day before. Both channels publish a
    /// day's bill the next morning (WeChat after 10:00), so earlier runs find no bill.
    /// </summary>
    public TimeOnly RunAt { get; set; } = new(10, 30);
}
