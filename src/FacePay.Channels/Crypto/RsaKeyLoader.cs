using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FacePay.Channels.Crypto;

/// <summary>
/// Reads RSA keys in the forms the channels hand out: PEM (PKCS#1 <c>RSA PRIVATE KEY</c>, PKCS#8 <c>PRIVATE KEY</c>,
/// <c>PUBLIC KEY</c>, <c>RSA PUBLIC KEY</c>, <c>CERTIFICATE</c>) or the bare base64 body that Alipay's key tool
/// prints without any PEM armour.
/// </summary>
public static class RsaKeyLoader
{
    /// <summary>Loads an RSA private key from PEM or bare base64 (PKCS#8 or PKCS#1).</summary>
    /// <param name="keyText">The key text.</param>
    /// <returns>A new <see cref="RSA"/> instance owned by the caller.</returns>
    /// <exception cref="KeyFormatException">The text is not an RSA private key.</exception>
    public static RSA LoadPrivateKey(string keyText)
    {
        ArgumentNullException.ThrowIfNull(keyText);
        var rsa = RSA.Create();
        try
        {
            if (TryFindPem(keyText, out var label, out var der))
            {
                switch (label)
                {
                    case "PRIVATE KEY":
                        rsa.ImportPkcs8PrivateKey(der, out _);
                        return rsa;
                    case "RSA PRIVATE KEY":
                        rsa.ImportRSAPrivateKey(der, out _);
                        return rsa;
                    default:
                        throw new KeyFormatException($"PEM label '{label}' is not an RSA private key.");
                }
            }

            der = DecodeBareBase64(keyText);
            if (TryImport(() => rsa.ImportPkcs8PrivateKey(der, out _)) || TryImport(() => rsa.ImportRSAPrivateKey(der, out _)))
            {
                return rsa;
            }

            throw new KeyFormatException("The text is neither a PKCS#8 nor a PKCS#1 RSA private key.");
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new KeyFormatException("The RSA private key could not be imported.", ex);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>Loads an RSA public key from PEM (SPKI, PKCS#1 or an X.509 certificate) or bare base64.</summary>
    /// <param name="keyText">The key or certificate text.</param>
    /// <returns>A new <see cref="RSA"/> instance owned by the caller.</returns>
    /// <exception cref="KeyFormatException">The text holds no RSA public key.</exception>
    public static RSA LoadPublicKey(string keyText)
    {
        ArgumentNullException.ThrowIfNull(keyText);
        if (TryFindPem(keyText, out var label, out var der))
        {
            return label switch
            {
                "PUBLIC KEY" => Import(rsa => rsa.ImportSubjectPublicKeyInfo(der, out _)),
                "RSA PUBLIC KEY" => Import(rsa => rsa.ImportRSAPublicKey(der, out _)),
                "CERTIFICATE" => FromCertificate(der),
                _ => throw new KeyFormatException($"PEM label '{label}' is not an RSA public key or certificate."),
            };
        }

        der = DecodeBareBase64(keyText);
        var candidate = RSA.Create();
        if (TryImport(() => candidate.ImportSubjectPublicKeyInfo(der, out _)) || TryImport(() => candidate.ImportRSAPublicKey(der, out _)))
        {
            return candidate;
        }

        candidate.Dispose();
        return FromCertificate(der);
    }

    /// <summary>Loads an X.509 certificate from PEM or bare base64 DER.</summary>
    /// <param name="certificateText">The certificate text.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="KeyFormatException">The text is not a certificate.</exception>
    public static X509Certificate2 LoadCertificate(string certificateText)
    {
        ArgumentNullException.ThrowIfNull(certificateText);
        var der = TryFindPem(certificateText, out var label, out var pemDer)
            ? label == "CERTIFICATE" ? pemDer : throw new KeyFormatException($"PEM label '{label}' is not a certificate.")
            : DecodeBareBase64(certificateText);
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException ex)
        {
            throw new KeyFormatException("The certificate could not be read.", ex);
        }
    }

    private static RSA FromCertificate(byte[] der)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            return certificate.GetRSAPublicKey() ?? throw new KeyFormatException("The certificate does not hold an RSA key.");
        }
        catch (CryptographicException ex)
        {
            throw new KeyFormatException("The text is not an RSA public key or certificate.", ex);
        }
    }

    private static RSA Import(Action<RSA> import)
    {
        var rsa = RSA.Create();
        try
        {
            import(rsa);
            return rsa;
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new KeyFormatException("The RSA public key could not be imported.", ex);
        }
    }

    private static bool TryImport(Action import)
    {
        try
        {
            import();
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool TryFindPem(string text, out string label, out byte[] der)
    {
        if (!PemEncoding.TryFind(text, out var fields))
        {
            label = string.Empty;
            der = [];
            return false;
        }

        label = text[fields.Label].ToString();
        der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64Chars(text.AsSpan(fields.Base64Data), der, out var written))
        {
            throw new KeyFormatException("The PEM body is not valid base64.");
        }

        der = der[..written];
        return true;
    }

    private static byte[] DecodeBareBase64(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0)
        {
            throw new KeyFormatException("The key text is empty.");
        }

        try
        {
            return Convert.FromBase64String(compact);
        }
        catch (FormatException ex)
        {
            throw new KeyFormatException("The key text is neither PEM nor base64.", ex);
        }
    }
}
