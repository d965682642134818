namespace FacePay.Deploy.Tests.Rendering;

/// <summary>A YAML document that does not deserialize as a Kubernetes object of a known kind.</summary>
public sealed class InvalidManifestException : Exception
{
    public InvalidManifestException()
    {
    }

    public InvalidManifestException(string message)
        : base(message)
    {
    }

    public InvalidManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
