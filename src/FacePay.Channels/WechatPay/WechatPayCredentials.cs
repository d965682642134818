using Microsoft.Extensions.Options;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// The WeChat Pay keys loaded once from options: the merchant signer and request authorization, the verifier
/// store (platform certificates and/or public key), the validator and the notification decryptor.
/// </summary>
public sealed class WechatPayCredentials : IDisposable
{
    private readonly WechatPaySigner _signer;

    /// <summary>Loads the keys from options.</summary>
    /// <param name="options">The channel options.</param>
    /// <param name="timeProvider">The clock for timestamps and the replay window.</param>
    public WechatPayCredentials(IOptions<WechatPayOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var o = options.Value;
        _signer = WechatPaySigner.FromPem(o.MerchantPrivateKeyPem);
        Authorization = new WechatPayAuthorization(o.MchId, o.MerchantCertificateSerial, _signer, timeProvider);
        Verifiers = new WechatPayVerifierStore();
        foreach (var pem in o.PlatformCertificatesPem)
        {
            Verifiers.AddCertificatePem(pem);
        }

        if (!string.IsNullOrWhiteSpace(o.PublicKeyId) && !string.IsNullOrWhiteSpace(o.PublicKeyPem))
        {
            Verifiers.AddPublicKey(o.PublicKeyId, o.PublicKeyPem);
        }

        Validator = new WechatPayValidator(Verifiers, timeProvider);
        Decryptor = new WechatPayNotificationDecryptor(o.ApiV3Key);
    }

    /// <summary>Builds request <c>Authorization</c> headers with the merchant key.</summary>
    public WechatPayAuthorization Authorization { get; }

    /// <summary>The verifier keys; add a rotated platform certificate here at run time.</summary>
    public WechatPayVerifierStore Verifiers { get; }

    /// <summary>Validates responses and notifications.</summary>
    public WechatPayValidator Validator { get; }

    /// <summary>Decrypts notification resources with the APIv3 key.</summary>
    public WechatPayNotificationDecryptor Decryptor { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        _signer.Dispose();
        Verifiers.Dispose();
        Decryptor.Dispose();
    }
}
