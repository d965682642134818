using System.ComponentModel.DataAnnotations;

namespace FacePay.Channels.WechatPay;

/// <summary>WeChat Pay v3 channel settings (configuration section <c>Channels:WechatPay</c> by convention).</summary>
public sealed class WechatPayOptions
{
    /// <summary>The API base, <c>https://api.mch.weixin.qq.com</c> or the sandbox's.</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>The merchant id.</summary>
    [Required]
    public string MchId { get; set; } = string.Empty;

    /// <summary>The app id bound to the merchant.</summary>
    [Required]
    public string AppId { get; set; } = string.Empty;

    /// <summary>The merchant API private key (<c>apiclient_key.pem</c>). A secret: never log it.</summary>
    [Required]
    public string MerchantPrivateKeyPem { get; set; } = string.Empty;

    /// <summary>The merchant API certificate serial (goes into <c>serial_no</c>).</summary>
    [Required]
    public string MerchantCertificateSerial { get; set; } = string.Empty;

    /// <summary>The APIv3 key: exactly 32 ASCII characters. A secret: never log it.</summary>
    [Required]
    public string ApiV3Key { get; set; } = string.Empty;

    /// <summary>Platform certificates (PEM) trusted for verification; several during rotation.</summary>
    public IList<string> PlatformCertificatesPem { get; } = [];

    /// <summary>The WeChat Pay public key id (<c>PUB_KEY_ID_…</c>), in public-key mode.</summary>
    public string? PublicKeyId { get; set; }

    /// <summary>The WeChat Pay public key (PEM), in public-key mode.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>Where WeChat Pay posts notifications (refunds; code pay has no notify_url).</summary>
    public Uri? NotifyUrl { get; set; }

    /// <summary>Per-attempt HTTP timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The User-Agent sent with every request (WeChat Pay requires one).</summary>
    public string UserAgent { get; set; } = "FacePay-Orleans/1.0";
}
