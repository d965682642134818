namespace FacePay.Face.Templates;

/// <summary>One configured template key.</summary>
public sealed class TemplateKeyOptions
{
    /// <summary>The cipher the key is for.</summary>
    public TemplateCipher Cipher { get; set; } = TemplateCipher.Aes256Gcm;

    /// <summary>Base64 key material: 32 bytes for AES-256-GCM, 16 bytes for SM4-GCM. Keep it in a secret store, not in appsettings.</summary>
    public string Key { get; set; } = string.Empty;
}
