namespace FacePay.Reconciliation.Reports;

/// <summary>Where a discrepancy stands after the run.</summary>
[GenerateSerializer, Alias("FacePay.DiscrepancyResolution")]
public enum DiscrepancyResolution
{
    /// <summary>Not repaired: an operator must look at it.</summary>
    Open = 1,

    /// <summary>The channel's verified answer was applied to the order, and both sides now agree.</summary>
    Repaired = 2,

    /// <summary>A query showed both sides agree after all (the line is on another day's bill); nothing was changed.</summary>
    Confirmed = 3,
}
