using System.Text;
using FacePay.Channels.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// SM2-with-SM3 signer for the national-cryptography scheme <c>WECHATPAY2-SM2-WITH-SM3</c>: the merchant's SM2 key
/// on the client, the SM2 platform key in the sandbox gateway.
/// </summary>
public sealed class WechatPaySm2Signer
{
    private readonly ECPrivateKeyParameters _privateKey;

    /// <summary>Creates the signer.</summary>
    /// <param name="privateKey">The SM2 private key.</param>
    public WechatPaySm2Signer(ECPrivateKeyParameters privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        _privateKey = privateKey;
    }

    /// <summary>Creates the signer from a PKCS#8 PEM SM2 key.</summary>
    /// <param name="privateKeyPem">The key text.</param>
    /// <returns>The signer.</returns>
    public static WechatPaySm2Signer FromPem(string privateKeyPem) => new(Sm2KeyLoader.LoadPrivateKey(privateKeyPem));

    /// <summary>Signs a message's UTF-8 bytes.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The base64 DER signature.</returns>
    public string Sign(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Sm2WithSm3.Sign(_privateKey, Encoding.UTF8.GetBytes(message));
    }

    /// <summary>Signs exact bytes.</summary>
    /// <param name="message">The bytes.</param>
    /// <returns>The base64 DER signature.</returns>
    public string Sign(ReadOnlySpan<byte> message) => Sm2WithSm3.Sign(_privateKey, message);
}
