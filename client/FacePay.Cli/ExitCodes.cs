namespace FacePay.Cli;

/// <summary>The process exit codes of <c>facepay</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command ran (whatever its verdict, e.g. a face comparison that does not match).</summary>
    public const int Success = 0;

    /// <summary>The command could not do its job: unreadable input, a refused call, a signature that does not verify.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (unknown command, missing or malformed option).</summary>
    public const int Usage = 2;
}
