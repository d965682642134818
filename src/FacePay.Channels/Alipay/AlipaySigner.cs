using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Alipay;

/// <summary>
/// RSA2 (SHA256withRSA, PKCS#1 v1.5, base64) signer. The client signs requests with the app private key; the
/// sandbox gateway signs responses and notifications with its "Alipay private key".
/// </summary>
public sealed class AlipaySigner : IDisposable
{
    private readonly RSA _privateKey;

    /// <summary>Creates a signer that owns the given key.</summary>
    /// <param name="privateKey">The RSA private key; disposed with the signer.</param>
    public AlipaySigner(RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        _privateKey = privateKey;
    }

    /// <summary>Creates a signer from PKCS#1 or PKCS#8 PEM, or from the bare base64 key Alipay's tool prints.</summary>
    /// <param name="privateKeyText">The key text.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="KeyFormatException">The key cannot be read.</exception>
    public static AlipaySigner FromPem(string privateKeyText) => new(RsaKeyLoader.LoadPrivateKey(privateKeyText));

    /// <summary>Signs a prepared content string (UTF-8).</summary>
    /// <param name="content">The exact content.</param>
    /// <returns>The base64 signature.</returns>
    public string Sign(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Sha256WithRsa.Sign(_privateKey, Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Signs gateway request parameters (every non-empty parameter except <c>sign</c>).</summary>
    /// <param name="parameters">The parameters including <c>sign_type</c>.</param>
    /// <returns>The value for the <c>sign</c> parameter.</returns>
    public string SignRequest(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Sign(AlipaySignatureContent.ForRequest(parameters));

    /// <summary>Signs notification parameters (every non-empty parameter except <c>sign</c> and <c>sign_type</c>).</summary>
    /// <param name="parameters">The notification parameters.</param>
    /// <returns>The value for the <c>sign</c> parameter.</returns>
    public string SignNotification(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Sign(AlipaySignatureContent.ForNotification(parameters));

    /// <summary>
    /// Builds a complete signed gateway response body: <c>{"&lt;node&gt;":&lt;json&gt;,"sign":"…"}</c>, signing the node's
    /// text exactly as it is embedded.
    /// </summary>
    /// <param name="nodeName">The response node, e.g. from <see cref="AlipayResponseNode.For"/>.</param>
    /// <param name="responseJson">The raw JSON object text of the node.</param>
    /// <returns>The response body.</returns>
    public string BuildSignedResponseBody(string nodeName, string responseJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeName);
        ArgumentNullException.ThrowIfNull(responseJson);
        var sign = Sign(responseJson);
        return $"{{\"{nodeName}\":{responseJson},\"sign\":\"{sign}\"}}";
    }

    /// <inheritdoc />
    public void Dispose() => _privateKey.Dispose();
}
