namespace FacePay.Face.Templates;

/// <summary>
/// Template keys, bound from <c>Face:Templates</c>, for example
/// <c>Face__Templates__ActiveKeyId=k1</c>, <c>Face__Templates__Keys__k1__Key=&lt;base64&gt;</c>,
/// <c>Face__Templates__Keys__k1__Cipher=Aes256Gcm</c>. Retired keys stay listed so old blobs still decrypt.
/// </summary>
public sealed class TemplateProtectionOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Face:Templates";

    /// <summary>Id of the key used for new templates; must be one of <see cref="Keys"/>.</summary>
    public string ActiveKeyId { get; set; } = string.Empty;

    /// <summary>Keys by id.</summary>
    public Dictionary<string, TemplateKeyOptions> Keys { get; } = new(StringComparer.Ordinal);
}
