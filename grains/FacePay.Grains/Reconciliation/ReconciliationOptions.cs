using System.ComponentModel.DataAnnotations;
using FacePay.Domain;

namespace FacePay.Grains.Reconciliation;

/// <summary>How bills are reconciled. Bound from <c>FacePay:Reconciliation</c> and validated at start.</summary>
public sealed class ReconciliationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Reconciliation";

    /// <summary>
    /// The merchant that owns each channel account (direct-merchant mode: one account per merchant). A bill's
    /// trade numbers hold no merchant id, so this is how bill lines find their orders; a channel without an entry
    /// is not reconciled.
    /// </summary>
    public Dictionary<PaymentChannel, string> MerchantIds { get; } = [];

    /// <summary>How long the bill download (URL query and file) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BillDownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most discrepancies kept in a report (the count of all of them is kept regardless).</summary>
    [Range(1, 1_000_000)]
    public int MaxStoredDiscrepancies { get; set; } = 5_000;

    /// <summary>Most repairs (order reconciliations and confirming queries) one run makes; the rest stay open.</summary>
    [Range(0, 1_000_000)]
    public int MaxRepairsPerRun { get; set; } = 2_000;

    /// <summary>How many orders are looked up at once while classifying.</summary>
    [Range(1, 256)]
    public int LookupConcurrency { get; set; } = 16;

    /// <summary>The daily run.</summary>
    public ReconciliationScheduleOptions Schedule { get; set; } = new();
}
