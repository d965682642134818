namespace FacePay.Face;

/// <summary>A face model file is missing, corrupt, or cannot be loaded. The message names the file and the fix.</summary>
public sealed class FaceModelsUnavailableException : Exception
{
    /// <summary>Creates the exception with no details.</summary>
    public FaceModelsUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FaceModelsUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FaceModelsUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
