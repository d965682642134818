using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// SHA256withRSA signer for WeChat Pay v3: the merchant API private key on the client, the platform key in the
/// sandbox gateway.
/// </summary>
public sealed class WechatPaySigner : IDisposable
{
    private readonly RSA _privateKey;

    /// <summary>Creates a signer that owns the key.</summary>
    /// <param name="privateKey">The RSA private key; disposed with the signer.</param>
    public WechatPaySigner(RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        _privateKey = privateKey;
    }

    /// <summary>Creates a signer from PEM (PKCS#8 <c>apiclient_key.pem</c> or PKCS#1) or bare base64.</summary>
    /// <param name="privateKeyText">The key text.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="KeyFormatException">The key cannot be read.</exception>
    public static WechatPaySigner FromPem(string privateKeyText) => new(RsaKeyLoader.LoadPrivateKey(privateKeyText));

    /// <summary>Signs a message's UTF-8 bytes.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The base64 signature.</returns>
    public string Sign(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Sha256WithRsa.Sign(_privateKey, Encoding.UTF8.GetBytes(message));
    }

    /// <summary>Signs exact bytes.</summary>
    /// <param name="message">The bytes.</param>
    /// <returns>The base64 signature.</returns>
    public string Sign(ReadOnlySpan<byte> message) => Sha256WithRsa.Sign(_privateKey, message);

    /// <inheritdoc />
    public void Dispose() => _privateKey.Dispose();
}
