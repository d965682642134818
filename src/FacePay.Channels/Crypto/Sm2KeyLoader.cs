using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace FacePay.Channels.Crypto;

/// <summary>Reads SM2 (national cryptography) keys and certificates from PEM through BouncyCastle.</summary>
public static class Sm2KeyLoader
{
    /// <summary>Loads an SM2 private key from PKCS#8 PEM (<c>PRIVATE KEY</c>) or bare base64.</summary>
    /// <param name="pem">The key text.</param>
    /// <returns>The private key.</returns>
    /// <exception cref="KeyFormatException">The text is not an EC private key.</exception>
    public static ECPrivateKeyParameters LoadPrivateKey(string pem) =>
        Load(pem, "PRIVATE KEY", der => PrivateKeyFactory.CreateKey(der)) as ECPrivateKeyParameters
            ?? throw new KeyFormatException("The key is not an EC (SM2) private key.");

    /// <summary>Loads an SM2 public key from SPKI PEM (<c>PUBLIC KEY</c>), a certificate PEM, or bare base64 SPKI.</summary>
    /// <param name="pem">The key or certificate text.</param>
    /// <returns>The public key.</returns>
    /// <exception cref="KeyFormatException">The text holds no EC public key.</exception>
    public static ECPublicKeyParameters LoadPublicKey(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            return LoadCertificate(pem).PublicKey;
        }

        return Load(pem, "PUBLIC KEY", der => PublicKeyFactory.CreateKey(der)) as ECPublicKeyParameters
            ?? throw new KeyFormatException("The key is not an EC (SM2) public key.");
    }

    /// <summary>Loads an SM2 certificate: its serial (upper-case hex, no leading zeros) and public key.</summary>
    /// <param name="pem">The certificate PEM.</param>
    /// <returns>The serial and key.</returns>
    /// <exception cref="KeyFormatException">The text is not an SM2 certificate.</exception>
    public static (string Serial, ECPublicKeyParameters PublicKey) LoadCertificate(string pem)
    {
        var certificate = Load(pem, "CERTIFICATE", der => new X509CertificateParser().ReadCertificate(der)) as X509Certificate
            ?? throw new KeyFormatException("The text is not a certificate.");
        var key = certificate.GetPublicKey() as ECPublicKeyParameters ?? throw new KeyFormatException("The certificate does not hold an EC (SM2) key.");
        return (certificate.SerialNumber.ToString(16).ToUpperInvariant(), key);
    }

    private static object? Load(string text, string label, Func<byte[], object?> read)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] der;
        if (PemEncoding.TryFind(text, out var fields))
        {
            if (text[fields.Label].ToString() != label)
            {
                throw new KeyFormatException($"PEM label '{text[fields.Label]}' is not '{label}'.");
            }

            der = DecodeBase64(text[fields.Base64Data].ToString());
        }
        else
        {
            der = DecodeBase64(text);
        }

        try
        {
            return read(der);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or IOException or SecurityUtilityException or CryptoException or InvalidOperationException)
        {
            throw new KeyFormatException($"The {label} could not be read.", ex);
        }
    }

    private static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException ex)
        {
            throw new KeyFormatException("The key text is neither PEM nor base64.", ex);
        }
    }
}
