namespace FacePay.Grains.Reconciliation;

/// <summary>A run that cannot go on (no bill, a bill that cannot be trusted, no merchant for the channel); it changed nothing.</summary>
public sealed class ReconciliationRunException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReconciliationRunException()
        : base("The reconciliation run failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in one line.</param>
    public ReconciliationRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why, in one line.</param>
    /// <param name="innerException">The cause.</param>
    public ReconciliationRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
