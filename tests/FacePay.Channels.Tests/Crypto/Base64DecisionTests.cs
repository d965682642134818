using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Crypto;

/// <summary>
/// Signatures and ciphertexts are decoded with the vectorized base64 decoder where it can; whatever it is given, the
/// decision (accepted or not, and the bytes) must be exactly <see cref="Convert.TryFromBase64String"/>'s.
/// </summary>
public sealed class Base64DecisionTests
{
    // Whitespace Convert skips, whitespace it does not, padding and letters out of place, URL-safe and non-ASCII text.
    private static readonly char[] Noise = [' ', '\t', '\r', '\n', '\f', '\v', '\0', '=', 'A', '+', '/', '-', '_', 'é', '中'];

    private static readonly Lazy<(byte[] Data, string Signature)> Signed = new(() =>
    {
        var data = "1700000000\nnonce\n{\"id\":\"EV-1\"}\n"u8.ToArray();
        return (data, Convert.ToBase64String(TestKeys.Alipay.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
    });

    // Each pair of edit bytes inserts a noise character at, or (one time in four) deletes the character at, a position.
    private static string Mangle(string text, byte[]? edits)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; edits is not null && i + 1 < edits.Length; i += 2)
        {
            var position = edits[i] * 7 % (builder.Length + 1);
            if (edits[i + 1] % 4 == 0 && builder.Length > 0)
            {
                builder.Remove(position % builder.Length, 1);
            }
            else
            {
                builder.Insert(position, Noise[edits[i + 1] % Noise.Length]);
            }
        }

        return builder.ToString();
    }

    private static byte[]? ConvertDecodes(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [Property(MaxTest = 1000)]
    public bool Mangled_signatures_are_accepted_exactly_when_Convert_accepts_them(byte[]? edits)
    {
        var (data, signature) = Signed.Value;
        var mangled = Mangle(signature, edits);
        var expected = ConvertDecodes(mangled) switch
        {
            null => VerificationFailure.MalformedSignature,
            var bytes when bytes.AsSpan().SequenceEqual(Convert.FromBase64String(signature)) => VerificationFailure.None,
            _ => VerificationFailure.SignatureMismatch,
        };

        return Sha256WithRsa.Verify(TestKeys.Alipay, data, mangled) == expected;
    }

    [Property(MaxTest = 500)]
    public bool Mangled_ciphertexts_are_decoded_exactly_when_Convert_decodes_them(byte[]? edits)
    {
        var mangled = Mangle(WechatPayGoVectors.AesCiphertext, edits);
        var expected = (mangled.Length == 0 ? null : ConvertDecodes(mangled)) switch
        {
            null => VerificationFailure.MalformedCiphertext,
            { Length: < 16 } => VerificationFailure.CiphertextTooShort,
            var bytes when bytes.AsSpan().SequenceEqual(Convert.FromBase64String(WechatPayGoVectors.AesCiphertext)) => VerificationFailure.None,
            _ => VerificationFailure.AuthenticationFailed,
        };
        using var decryptor = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey);

        return decryptor.Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, mangled).Failure == expected;
    }

    [Property(MaxTest = 500)]
    public bool A_ciphertext_read_from_the_body_decides_as_the_same_ciphertext_string(byte[]? edits, bool escapeAll)
    {
        var mangled = Mangle(WechatPayGoVectors.AesCiphertext, edits);
        var text = escapeAll
            ? string.Concat(mangled.Select(c => $"\\u{(int)c:X4}"))
            : System.Text.Json.JsonSerializer.Serialize(mangled)[1..^1];
        var body = $$$"""{"id":"EV-1","event_type":"TRANSACTION.SUCCESS","resource":{"algorithm":"AEAD_AES_256_GCM","ciphertext":"{{{text}}}","associated_data":"{{{WechatPayGoVectors.AesAssociatedData}}}","nonce":"{{{WechatPayGoVectors.AesNonce}}}"}}""";
        using var decryptor = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey);

        var fromBody = decryptor.DecryptNotification(Encoding.UTF8.GetBytes(body));
        var fromString = decryptor.Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, mangled);

        return fromBody.Failure == fromString.Failure && (!fromBody.IsValid || fromBody.Value.Plaintext == fromString.Value);
    }
}
