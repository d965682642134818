using System.ComponentModel.DataAnnotations;

namespace FacePay.Channels.Alipay;

/// <summary>Alipay channel settings (configuration section <c>Channels:Alipay</c> by convention).</summary>
public sealed class AlipayOptions
{
    /// <summary>The gateway endpoint, e.g. <c>https://openapi.alipay.com/gateway.do</c> or the sandbox's.</summary>
    [Required]
    public Uri? GatewayUrl { get; set; }

    /// <summary>The app id.</summary>
    [Required]
    public string AppId { get; set; } = string.Empty;

    /// <summary>The app private key: PKCS#1 or PKCS#8 PEM, or bare base64. A secret: never log it.</summary>
    [Required]
    public string AppPrivateKeyPem { get; set; } = string.Empty;

    /// <summary>
    /// The Alipay public key (PEM or bare base64) that verifies responses and notifications; in certificate mode the
    /// Alipay public-key certificate PEM (<c>alipayCertPublicKey_RSA2.crt</c>), whose serial is then checked against
    /// <c>alipay_cert_sn</c> in responses.
    /// </summary>
    [Required]
    public string AlipayPublicKeyPem { get; set; } = string.Empty;

    /// <summary>Certificate mode: the app public-key certificate PEM; its serial is sent as <c>app_cert_sn</c>.</summary>
    public string? AppCertificatePem { get; set; }

    /// <summary>Certificate mode: the Alipay root certificate chain PEM; sent as <c>alipay_root_cert_sn</c>.</summary>
    public string? AlipayRootCertificatePem { get; set; }

    /// <summary>Where Alipay posts asynchronous notifications for payments.</summary>
    public Uri? NotifyUrl { get; set; }

    /// <summary>Our seller id, checked against notifications when set.</summary>
    public string? SellerId { get; set; }

    /// <summary>Per-attempt HTTP timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
