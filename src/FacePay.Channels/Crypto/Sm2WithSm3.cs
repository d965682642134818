using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace FacePay.Channels.Crypto;

/// <summary>
/// SM2 signatures over SM3 (GM/T 0009 with the default user id <c>1234567812345678</c>), DER-encoded and base64:
/// the scheme of <c>WECHATPAY2-SM2-WITH-SM3</c>.
/// </summary>
public static class Sm2WithSm3
{
    private const string Algorithm = "SM3withSM2";

    /// <summary>Signs data.</summary>
    /// <param name="privateKey">The SM2 private key.</param>
    /// <param name="data">The bytes to sign.</param>
    /// <returns>The base64 DER signature (randomized: two signatures of the same data differ).</returns>
    public static string Sign(ECPrivateKeyParameters privateKey, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var signer = SignerUtilities.GetSigner(Algorithm);
        signer.Init(true, new ParametersWithRandom(privateKey, new SecureRandom()));
        signer.BlockUpdate(data);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    /// <summary>Checks a base64 DER signature; never throws for malformed signatures.</summary>
    /// <param name="publicKey">The SM2 public key.</param>
    /// <param name="data">The signed bytes.</param>
    /// <param name="base64Signature">The signature.</param>
    /// <returns>The failure, or <see cref="VerificationFailure.None"/>.</returns>
    public static VerificationFailure Verify(ECPublicKeyParameters publicKey, ReadOnlySpan<byte> data, string? base64Signature)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (string.IsNullOrWhiteSpace(base64Signature))
        {
            return VerificationFailure.MissingSignature;
        }

        var buffer = new byte[(base64Signature.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64Signature, buffer, out var length))
        {
            return VerificationFailure.MalformedSignature;
        }

        try
        {
            var verifier = SignerUtilities.GetSigner(Algorithm);
            verifier.Init(false, publicKey);
            verifier.BlockUpdate(data);
            return verifier.VerifySignature(buffer[..length]) ? VerificationFailure.None : VerificationFailure.SignatureMismatch;
        }
        catch (Exception ex) when (ex is CryptoException or ArgumentException or InvalidOperationException or IOException)
        {
            // Not a DER (r, s) pair, or values out of range: a wrong signature, not an error.
            return VerificationFailure.SignatureMismatch;
        }
    }
}
