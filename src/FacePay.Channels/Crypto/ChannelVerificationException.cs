namespace FacePay.Channels.Crypto;

/// <summary>Thrown where a caller asked for a verified value but verification failed; carries the precise reason.</summary>
public sealed class ChannelVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChannelVerificationException()
        : this(VerificationFailure.MalformedBody, "Verification failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ChannelVerificationException(string message)
        : this(VerificationFailure.MalformedBody, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ChannelVerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = VerificationFailure.MalformedBody;
    }

    /// <summary>Creates the exception with a reason.</summary>
    /// <param name="failure">Why verification failed.</param>
    /// <param name="message">Detail for logs.</param>
    public ChannelVerificationException(VerificationFailure failure, string message)
        : base($"{failure}: {message}")
    {
        Failure = failure;
    }

    /// <summary>Why verification failed.</summary>
    public VerificationFailure Failure { get; }
}
