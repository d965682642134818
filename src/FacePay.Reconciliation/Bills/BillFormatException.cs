namespace FacePay.Reconciliation.Bills;

/// <summary>
/// A bill file that cannot be trusted: not the channel's format, a text encoding it does not use, a truncated
/// archive, a missing column, or totals that do not add up. Reconciliation stops and changes nothing.
/// </summary>
public sealed class BillFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BillFormatException()
        : base("The bill file is malformed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in one line.</param>
    public BillFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in one line.</param>
    /// <param name="innerException">The cause.</param>
    public BillFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
