using Microsoft.Extensions.Options;

namespace FacePay.Channels.Alipay;

/// <summary>The Alipay keys loaded once from options: the app signer and the Alipay-key verifiers.</summary>
public sealed class AlipayCredentials : IDisposable
{
    private readonly AlipaySignatureVerifier _alipayKey;

    /// <summary>Loads the keys from options.</summary>
    /// <param name="options">The channel options.</param>
    public AlipayCredentials(IOptions<AlipayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Signer = AlipaySigner.FromPem(options.Value.AppPrivateKeyPem);
        _alipayKey = AlipaySignatureVerifier.FromPem(options.Value.AlipayPublicKeyPem);
        ResponseVerifier = new AlipayResponseVerifier(_alipayKey);
        NotificationVerifier = new AlipayNotificationVerifier(_alipayKey);
    }

    /// <summary>Signs requests with the app private key.</summary>
    public AlipaySigner Signer { get; }

    /// <summary>Verifies gateway responses with the Alipay public key.</summary>
    public AlipayResponseVerifier ResponseVerifier { get; }

    /// <summary>Verifies asynchronous notifications with the Alipay public key.</summary>
    public AlipayNotificationVerifier NotificationVerifier { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Signer.Dispose();
        _alipayKey.Dispose();
    }
}
