namespace FacePay.Reconciliation.Reports;

/// <summary>Where a reconciliation run is.</summary>
[GenerateSerializer, Alias("FacePay.ReconciliationPhase")]
public enum ReconciliationPhase
{
    /// <summary>No run has started since the grain was activated.</summary>
    Idle = 0,

    /// <summary>Asking for the bill and downloading it.</summary>
    Downloading = 1,

    /// <summary>Reading the bill and matching it with our books.</summary>
    Matching = 2,

    /// <summary>Looking at each disagreement with its order.</summary>
    Classifying = 3,

    /// <summary>Querying the channel and repairing orders.</summary>
    Repairing = 4,

    /// <summary>The last run completed; its report is stored.</summary>
    Completed = 5,

    /// <summary>The last run failed and changed nothing; <see cref="ReconciliationStatus.Error"/> says why.</summary>
    Failed = 6,
}
