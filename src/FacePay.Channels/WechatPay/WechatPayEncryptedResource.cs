using System.Text.Json.Serialization;

namespace FacePay.Channels.WechatPay;

/// <summary>The <c>resource</c> object of a notification (or a platform certificate download): AEAD-encrypted data.</summary>
/// <param name="Algorithm">The algorithm, <c>AEAD_AES_256_GCM</c>.</param>
/// <param name="Ciphertext">Base64 of ciphertext followed by the 16-byte tag.</param>
/// <param name="AssociatedData">The associated data (may be empty).</param>
/// <param name="Nonce">The 12-character nonce used as IV.</param>
/// <param name="OriginalType">The type of the plaintext, e.g. <c>transaction</c>.</param>
public sealed record WechatPayEncryptedResource(
    [property: JsonPropertyName("algorithm")] string? Algorithm,
    [property: JsonPropertyName("ciphertext")] string? Ciphertext,
    [property: JsonPropertyName("associated_data")] string? AssociatedData,
    [property: JsonPropertyName("nonce")] string? Nonce,
    [property: JsonPropertyName("original_type")] string? OriginalType)
{
    /// <summary>The only algorithm WeChat Pay uses for RSA merchants.</summary>
    public const string AesGcmAlgorithm = "AEAD_AES_256_GCM";
}
