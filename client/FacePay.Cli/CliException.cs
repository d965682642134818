namespace FacePay.Cli;

/// <summary>
/// A failure the user can act on (unreadable file, call refused, signature that does not verify). Its message is
/// printed as one line on standard error and the command exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception with the one-line message shown to the user.</summary>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the one-line message shown to the user and its cause.</summary>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CliException()
        : base("The command failed.")
    {
    }
}
