namespace FacePay.Reconciliation.Reports;

/// <summary>What a run may do about a discrepancy by itself.</summary>
[GenerateSerializer, Alias("FacePay.RepairAction")]
public enum RepairAction
{
    /// <summary>Nothing safe: report it.</summary>
    None = 0,

    /// <summary>
    /// Ask the order to query the channel and apply the verified answer (the order's own rules decide: a charge on
    /// its latest attempt makes it paid, an unwanted charge is reversed, a refund that went through is recorded).
    /// </summary>
    ReconcileOrder = 1,

    /// <summary>Query the channel to confirm our record; change nothing.</summary>
    ConfirmAtChannel = 2,
}
