using System.Security.Cryptography;
using System.Text;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Gateway side (sandbox): encrypts a resource the way WeChat Pay does (AEAD_AES_256_GCM with the APIv3 key,
/// 12-character nonce as IV, tag appended, base64).
/// </summary>
public sealed class WechatPayResourceEncryptor
{
    private const int TagSize = 16;
    private const string NonceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly byte[] _key;

    /// <summary>Creates the encryptor from the APIv3 key text.</summary>
    /// <param name="apiV3Key">The APIv3 key.</param>
    public WechatPayResourceEncryptor(string apiV3Key)
        : this(Encoding.UTF8.GetBytes(apiV3Key ?? throw new ArgumentNullException(nameof(apiV3Key))))
    {
    }

    /// <summary>Creates the encryptor from key bytes.</summary>
    /// <param name="key">16, 24 or 32 bytes.</param>
    public WechatPayResourceEncryptor(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length is not (16 or 24 or 32))
        {
            throw new ArgumentException("An AES key is 16, 24 or 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>Encrypts plaintext with a given nonce.</summary>
    /// <param name="plaintext">The resource JSON.</param>
    /// <param name="associatedData">The associated data.</param>
    /// <param name="nonce">A 12-byte nonce string; never reuse one with the same key.</param>
    /// <returns>Base64 of ciphertext followed by the tag.</returns>
    public string Encrypt(string plaintext, string associatedData, string nonce)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(associatedData);
        ArgumentNullException.ThrowIfNull(nonce);
        var nonceBytes = Encoding.UTF8.GetBytes(nonce);
        if (nonceBytes.Length != 12)
        {
            throw new ArgumentException("The nonce must be 12 bytes.", nameof(nonce));
        }

        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[plain.Length + TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonceBytes, plain, output.AsSpan(0, plain.Length), output.AsSpan(plain.Length), Encoding.UTF8.GetBytes(associatedData));
        return Convert.ToBase64String(output);
    }

    /// <summary>Encrypts plaintext into a complete resource object with a fresh random nonce.</summary>
    /// <param name="plaintext">The resource JSON.</param>
    /// <param name="associatedData">The associated data, e.g. <c>transaction</c>.</param>
    /// <param name="originalType">The original type, e.g. <c>transaction</c> or <c>refund</c>.</param>
    /// <returns>The resource.</returns>
    public WechatPayEncryptedResource EncryptResource(string plaintext, string associatedData, string originalType)
    {
        var nonce = RandomNumberGenerator.GetString(NonceAlphabet, 12);
        return new WechatPayEncryptedResource(
            WechatPayEncryptedResource.AesGcmAlgorithm, Encrypt(plaintext, associatedData, nonce), associatedData, nonce, originalType);
    }
}
