namespace FacePay.Channels.Abstractions;

/// <summary>A bill file could not be downloaded or failed its hash check.</summary>
public sealed class ChannelBillDownloadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChannelBillDownloadException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public ChannelBillDownloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ChannelBillDownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
