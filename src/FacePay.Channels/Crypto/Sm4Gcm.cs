using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace FacePay.Channels.Crypto;

/// <summary>
/// SM4 in GCM mode with a 16-byte key, 12-byte nonce string as IV and a 16-byte tag appended, base64 — the
/// national-cryptography counterpart of the AES-GCM resource encryption.
/// </summary>
public static class Sm4Gcm
{
    private const int TagBits = 128;

    /// <summary>Encrypts text.</summary>
    /// <param name="key">16 key bytes.</param>
    /// <param name="nonce">The 12-byte nonce string.</param>
    /// <param name="associatedData">The associated data.</param>
    /// <param name="plaintext">The text.</param>
    /// <returns>Base64 of ciphertext plus tag.</returns>
    public static string Encrypt(byte[] key, string nonce, string associatedData, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(associatedData);
        ArgumentNullException.ThrowIfNull(plaintext);
        var cipher = Create(true, key, Encoding.UTF8.GetBytes(nonce), associatedData);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[cipher.GetOutputSize(input.Length)];
        var written = cipher.ProcessBytes(input, 0, input.Length, output, 0);
        cipher.DoFinal(output, written);
        return Convert.ToBase64String(output);
    }

    /// <summary>Decrypts base64 ciphertext plus tag.</summary>
    /// <param name="key">16 key bytes.</param>
    /// <param name="nonce">The nonce string.</param>
    /// <param name="associatedData">The associated data.</param>
    /// <param name="ciphertext">Base64 ciphertext plus tag.</param>
    /// <returns>The plaintext or the precise failure.</returns>
    public static VerificationResult<string> Decrypt(byte[] key, string? nonce, string? associatedData, string? ciphertext)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 16)
        {
            return VerificationResult<string>.Fail(VerificationFailure.InvalidKey, "An SM4 key is 16 bytes.");
        }

        var nonceBytes = Encoding.UTF8.GetBytes(nonce ?? string.Empty);
        if (nonceBytes.Length != 12)
        {
            return VerificationResult<string>.Fail(VerificationFailure.InvalidNonce, "The nonce must be 12 bytes.");
        }

        if (string.IsNullOrEmpty(ciphertext))
        {
            return VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is empty.");
        }

        var data = new byte[ciphertext.Length];
        if (!Convert.TryFromBase64String(ciphertext, data, out var length))
        {
            return VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is not base64.");
        }

        if (length < TagBits / 8)
        {
            return VerificationResult<string>.Fail(VerificationFailure.CiphertextTooShort, "The ciphertext is shorter than the tag.");
        }

        var cipher = Create(false, key, nonceBytes, associatedData ?? string.Empty);
        var output = new byte[cipher.GetOutputSize(length)];
        try
        {
            var written = cipher.ProcessBytes(data, 0, length, output, 0);
            written += cipher.DoFinal(output, written);
            return VerificationResult<string>.Success(new UTF8Encoding(false, true).GetString(output, 0, written));
        }
        catch (InvalidCipherTextException)
        {
            return VerificationResult<string>.Fail(VerificationFailure.AuthenticationFailed, "The tag did not match.");
        }
        catch (DecoderFallbackException)
        {
            return VerificationResult<string>.Fail(VerificationFailure.MalformedPlaintext, "The plaintext is not UTF-8.");
        }
    }

    private static GcmBlockCipher Create(bool encrypt, byte[] key, byte[] nonce, string associatedData)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(encrypt, new AeadParameters(new KeyParameter(key), TagBits, nonce, Encoding.UTF8.GetBytes(associatedData)));
        return cipher;
    }
}
