using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace FacePay.Face.Templates;

/// <summary>
/// Encrypts face templates for storage with an authenticated cipher, bound to the subject they belong to.
/// Blob layout (version 1): <c>"FT"</c>, version byte, cipher byte, key-id length byte, key id (UTF-8),
/// 12-byte random nonce, ciphertext (2048 bytes), 16-byte tag. The header and the subject id are the associated
/// data, so a blob that is edited, re-labelled with another key id, or copied onto another member fails to open.
/// </summary>
public sealed class FaceTemplateProtector
{
    /// <summary>Current blob format version.</summary>
    public const byte FormatVersion = 1;

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "FT"u8.ToArray();

    private readonly ITemplateKeyProvider keys;

    /// <summary>Creates a protector that encrypts with the provider's active key.</summary>
    public FaceTemplateProtector(ITemplateKeyProvider keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = keys;
    }

    /// <summary>Encrypts <paramref name="embedding"/> for <paramref name="subjectId"/> (for example the member id).</summary>
    public byte[] Protect(FaceEmbedding embedding, string subjectId)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var key = keys.ActiveKey;
        var keyId = Encoding.UTF8.GetBytes(key.Id);
        var header = new byte[Magic.Length + 3 + keyId.Length];
        Magic.CopyTo(header, 0);
        header[2] = FormatVersion;
        header[3] = (byte)key.Cipher;
        header[4] = (byte)keyId.Length;
        keyId.CopyTo(header, 5);

        var plaintext = embedding.ToBytes();
        var blob = new byte[header.Length + NonceSize + plaintext.Length + TagSize];
        header.CopyTo(blob, 0);
        var nonce = blob.AsSpan(header.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var ciphertext = blob.AsSpan(header.Length + NonceSize, plaintext.Length);
        var tag = blob.AsSpan(header.Length + NonceSize + plaintext.Length, TagSize);
        var associated = AssociatedData(header, subjectId);
        try
        {
            Encrypt(key, nonce, plaintext, ciphertext, tag, associated);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }

        return blob;
    }

    /// <summary>Decrypts a blob written by <see cref="Protect"/> for the same <paramref name="subjectId"/>.</summary>
    /// <exception cref="TemplateProtectionException">Not a template blob, unknown key or version, tampered, or bound to another subject.</exception>
    public FaceEmbedding Unprotect(ReadOnlySpan<byte> blob, string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (blob.Length < 5 || !blob[..2].SequenceEqual(Magic))
        {
            throw new TemplateProtectionException("Not a protected face template.");
        }

        if (blob[2] != FormatVersion)
        {
            throw new TemplateProtectionException($"Unsupported face template format version {blob[2]}.");
        }

        var cipher = (TemplateCipher)blob[3];
        var keyIdLength = blob[4];
        var headerLength = 5 + keyIdLength;
        var payloadLength = blob.Length - headerLength - NonceSize - TagSize;
        if (payloadLength != FaceEmbedding.Dimensions * sizeof(float))
        {
            throw new TemplateProtectionException("Protected face template has the wrong length.");
        }

        var keyId = Encoding.UTF8.GetString(blob.Slice(5, keyIdLength));
        if (!keys.TryGetKey(keyId, out var key))
        {
            throw new TemplateProtectionException($"Face template key '{keyId}' is not configured.");
        }

        if (key.Cipher != cipher)
        {
            throw new TemplateProtectionException($"Face template names cipher {cipher} but key '{keyId}' is for {key.Cipher}.");
        }

        var header = blob[..headerLength];
        var nonce = blob.Slice(headerLength, NonceSize);
        var ciphertext = blob.Slice(headerLength + NonceSize, payloadLength);
        var tag = blob.Slice(headerLength + NonceSize + payloadLength, TagSize);
        var plaintext = new byte[payloadLength];
        try
        {
            Decrypt(key, nonce, ciphertext, tag, plaintext, AssociatedData(header, subjectId));
            return FaceEmbedding.FromBytes(plaintext);
        }
        catch (CryptographicException ex)
        {
            throw new TemplateProtectionException("Face template failed authentication (tampered, or stored for another subject).", ex);
        }
        catch (InvalidCipherTextException ex)
        {
            throw new TemplateProtectionException("Face template failed authentication (tampered, or stored for another subject).", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string subjectId)
    {
        var subject = Encoding.UTF8.GetBytes(subjectId);
        var data = new byte[header.Length + subject.Length];
        header.CopyTo(data);
        subject.CopyTo(data.AsSpan(header.Length));
        return data;
    }

    private static void Encrypt(TemplateKey key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, byte[] associated)
    {
        if (key.Cipher == TemplateCipher.Aes256Gcm)
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Encrypt(nonce, plaintext, ciphertext, tag, associated);
            return;
        }

        var gcm = Sm4Gcm(key, nonce, associated, forEncryption: true);
        var output = new byte[plaintext.Length + TagSize];
        var written = gcm.ProcessBytes(plaintext.ToArray(), 0, plaintext.Length, output, 0);
        gcm.DoFinal(output, written);
        output.AsSpan(0, plaintext.Length).CopyTo(ciphertext);
        output.AsSpan(plaintext.Length, TagSize).CopyTo(tag);
    }

    private static void Decrypt(TemplateKey key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, byte[] associated)
    {
        if (key.Cipher == TemplateCipher.Aes256Gcm)
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, associated);
            return;
        }

        var gcm = Sm4Gcm(key, nonce, associated, forEncryption: false);
        var input = new byte[ciphertext.Length + TagSize];
        ciphertext.CopyTo(input);
        tag.CopyTo(input.AsSpan(ciphertext.Length));
        var output = new byte[ciphertext.Length];
        var written = gcm.ProcessBytes(input, 0, input.Length, output, 0);
        gcm.DoFinal(output, written);
        output.CopyTo(plaintext);
        CryptographicOperations.ZeroMemory(output);
    }

    private static GcmBlockCipher Sm4Gcm(TemplateKey key, ReadOnlySpan<byte> nonce, byte[] associated, bool forEncryption)
    {
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(forEncryption, new AeadParameters(new KeyParameter(key.Material), TagSize * 8, nonce.ToArray(), associated));
        return gcm;
    }
}
