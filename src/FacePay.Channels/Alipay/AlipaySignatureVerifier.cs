using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Checks RSA2 signatures with one public key: the Alipay public key on the client side, the app public key on the
/// sandbox gateway side (for incoming requests).
/// </summary>
public sealed class AlipaySignatureVerifier : IDisposable
{
    private readonly RSA _publicKey;

    /// <summary>Creates a verifier that owns the given key.</summary>
    /// <param name="publicKey">The RSA public key; disposed with the verifier.</param>
    public AlipaySignatureVerifier(RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        _publicKey = publicKey;
    }

    /// <summary>Creates a verifier from a PEM or bare base64 public key, or a certificate.</summary>
    /// <param name="publicKeyText">The key text.</param>
    /// <returns>The verifier.</returns>
    /// <exception cref="KeyFormatException">The key cannot be read.</exception>
    public static AlipaySignatureVerifier FromPem(string publicKeyText) => new(RsaKeyLoader.LoadPublicKey(publicKeyText));

    /// <summary>Verifies a signature over the UTF-8 bytes of a content string.</summary>
    /// <param name="content">The content.</param>
    /// <param name="sign">The base64 signature.</param>
    /// <returns>The failure, or <see cref="VerificationFailure.None"/>.</returns>
    public VerificationFailure Verify(string content, string? sign)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, bytes);
            return Sha256WithRsa.Verify(_publicKey, bytes.AsSpan(0, length), sign);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Verifies a signature over exact bytes.</summary>
    /// <param name="content">The bytes that were signed.</param>
    /// <param name="sign">The base64 signature.</param>
    /// <returns>The failure, or <see cref="VerificationFailure.None"/>.</returns>
    public VerificationFailure Verify(ReadOnlySpan<byte> content, string? sign) => Sha256WithRsa.Verify(_publicKey, content, sign);

    /// <summary>
    /// Verifies the parameters of a gateway request (gateway side): <c>sign</c> over every other non-empty
    /// parameter, <c>sign_type</c> included, which must be <c>RSA2</c>.
    /// </summary>
    /// <param name="parameters">The request's form parameters.</param>
    /// <returns>The parameters as a dictionary when valid.</returns>
    public VerificationResult<IReadOnlyDictionary<string, string>> VerifyRequest(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!AlipayFormParameters.TryCollect(parameters, out var collected, out var error))
        {
            return VerificationResult<IReadOnlyDictionary<string, string>>.Fail(VerificationFailure.MalformedBody, error);
        }

        if (collected.TryGetValue("sign_type", out var signType) && signType != "RSA2")
        {
            return VerificationResult<IReadOnlyDictionary<string, string>>.Fail(VerificationFailure.UnsupportedAlgorithm, $"sign_type '{signType}' is not RSA2.");
        }

        collected.TryGetValue("sign", out var sign);
        var failure = Verify(AlipaySignatureContent.ForRequest(collected!), sign);
        return failure == VerificationFailure.None
            ? VerificationResult<IReadOnlyDictionary<string, string>>.Success(collected)
            : VerificationResult<IReadOnlyDictionary<string, string>>.Fail(failure, "Request signature check failed.");
    }

    /// <inheritdoc />
    public void Dispose() => _publicKey.Dispose();
}
