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
        var o = options.Value;
        Signer = AlipaySigner.FromPem(o.AppPrivateKeyPem);
        _alipayKey = AlipaySignatureVerifier.FromPem(o.AlipayPublicKeyPem);
        var alipayCertSn = o.AlipayPublicKeyPem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal)
            ? AlipayCertificateSerial.Compute(o.AlipayPublicKeyPem)
            : null;
        if (!string.IsNullOrWhiteSpace(o.AppCertificatePem) && !string.IsNullOrWhiteSpace(o.AlipayRootCertificatePem))
        {
            AppCertSn = AlipayCertificateSerial.Compute(o.AppCertificatePem);
            AlipayRootCertSn = AlipayCertificateSerial.ComputeRoot(o.AlipayRootCertificatePem);
        }

        ResponseVerifier = new AlipayResponseVerifier(_alipayKey, alipayCertSn);
        NotificationVerifier = new AlipayNotificationVerifier(_alipayKey);
    }

    /// <summary>Certificate mode: <c>app_cert_sn</c> to send, else null.</summary>
    public string? AppCertSn { get; }

    /// <summary>Certificate mode: <c>alipay_root_cert_sn</c> to send, else null.</summary>
    public string? AlipayRootCertSn { get; }

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
