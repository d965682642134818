using System.Security.Cryptography;

namespace FacePay.Channels.Crypto;

/// <summary>
/// SHA256withRSA with PKCS#1 v1.5 padding, base64 encoded: the signature scheme of Alipay RSA2 and of WeChat Pay
/// <c>WECHATPAY2-SHA256-RSA2048</c>.
/// </summary>
public static class Sha256WithRsa
{
    private const int MaxStackSignature = 516;

    /// <summary>Signs the data and returns the base64 signature.</summary>
    /// <param name="privateKey">The private key.</param>
    /// <param name="data">The exact bytes to sign.</param>
    /// <returns>The base64 signature.</returns>
    public static string Sign(RSA privateKey, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var signature = privateKey.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }

    /// <summary>Checks a base64 signature over the data; never throws for malformed signatures.</summary>
    /// <param name="publicKey">The public key.</param>
    /// <param name="data">The exact bytes that were signed.</param>
    /// <param name="base64Signature">The signature as received.</param>
    /// <returns><see cref="VerificationFailure.None"/>, <see cref="VerificationFailure.MissingSignature"/>,
    /// <see cref="VerificationFailure.MalformedSignature"/> or <see cref="VerificationFailure.SignatureMismatch"/>.</returns>
    public static VerificationFailure Verify(RSA publicKey, ReadOnlySpan<byte> data, string? base64Signature)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (string.IsNullOrWhiteSpace(base64Signature))
        {
            return VerificationFailure.MissingSignature;
        }

        // An RSA-4096 signature is 512 bytes (684 base64 characters); anything that size decodes on the stack.
        var size = (base64Signature.Length * 3 / 4) + 3;
        var buffer = size <= MaxStackSignature ? stackalloc byte[MaxStackSignature] : new byte[size];
        if (!ExactBase64.TryDecode(base64Signature, buffer, out var length))
        {
            return VerificationFailure.MalformedSignature;
        }

        try
        {
            return publicKey.VerifyData(data, buffer[..length], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                ? VerificationFailure.None
                : VerificationFailure.SignatureMismatch;
        }
        catch (CryptographicException)
        {
            // A signature of the wrong length for the key, for instance; it is still just a mismatch.
            return VerificationFailure.SignatureMismatch;
        }
    }
}
