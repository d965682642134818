namespace FacePay.Channels.Crypto;

/// <summary>Thrown when configured key material cannot be read (wrong PEM label, not base64, not an RSA key).</summary>
public sealed class KeyFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeyFormatException()
        : base("The key material could not be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong; never the key itself.</param>
    public KeyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong; never the key itself.</param>
    /// <param name="innerException">The cause.</param>
    public KeyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
