namespace FacePay.Face.Templates;

/// <summary>Authenticated cipher used for templates at rest. The numeric value is written into each blob.</summary>
public enum TemplateCipher
{
    /// <summary>AES-256-GCM (32-byte key, 12-byte nonce, 16-byte tag), .NET's <see cref="System.Security.Cryptography.AesGcm"/>.</summary>
    Aes256Gcm = 1,

    /// <summary>SM4-GCM (GB/T 32907, 16-byte key, 12-byte nonce, 16-byte tag) through BouncyCastle, for national-crypto deployments.</summary>
    Sm4Gcm = 2,
}
