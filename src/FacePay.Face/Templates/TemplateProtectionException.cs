namespace FacePay.Face.Templates;

/// <summary>A protected template could not be opened: tampered, bound to another subject, unknown key, or not a template blob.</summary>
public sealed class TemplateProtectionException : Exception
{
    /// <summary>Creates the exception with no details.</summary>
    public TemplateProtectionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TemplateProtectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TemplateProtectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
