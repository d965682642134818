namespace FacePay.Sandbox.Credentials;

/// <summary>
/// The shape of <c>credentials.json</c>: identifiers, serials and the relative path of every key file, so another
/// process (a silo, the CLI) can configure its Alipay and WeChat Pay clients against the sandbox.
/// </summary>
public sealed class SandboxCredentialsManifest
{
    /// <summary>Alipay identifiers and key files.</summary>
    public AlipaySection? Alipay { get; init; }

    /// <summary>WeChat Pay identifiers and key files.</summary>
    public WechatPaySection? WechatPay { get; init; }

    /// <summary>Alipay part of the manifest.</summary>
    public sealed class AlipaySection
    {
        /// <summary><c>app_id</c>.</summary>
        public string AppId { get; init; } = string.Empty;

        /// <summary>Seller PID.</summary>
        public string SellerId { get; init; } = string.Empty;

        /// <summary>The merchant's app private key: the silo signs with it.</summary>
        public string AppPrivateKeyFile { get; init; } = "alipay/app_private_key.pem";

        /// <summary>The app public key (uploaded to Alipay in real life).</summary>
        public string AppPublicKeyFile { get; init; } = "alipay/app_public_key.pem";

        /// <summary>The Alipay public key: the silo verifies responses and notifications with it.</summary>
        public string AlipayPublicKeyFile { get; init; } = "alipay/alipay_public_key.pem";

        /// <summary>Gateway side only.</summary>
        public string AlipayPrivateKeyFile { get; init; } = "alipay/alipay_private_key.pem";
    }

    /// <summary>WeChat Pay part of the manifest.</summary>
    public sealed class WechatPaySection
    {
        /// <summary><c>mchid</c>.</summary>
        public string MchId { get; init; } = string.Empty;

        /// <summary><c>appid</c>.</summary>
        public string AppId { get; init; } = string.Empty;

        /// <summary>Merchant API certificate serial (<c>serial_no</c> of the Authorization header).</summary>
        public string MerchantSerialNo { get; init; } = string.Empty;

        /// <summary>Platform certificate serial (<c>Wechatpay-Serial</c> in certificate mode).</summary>
        public string PlatformSerialNo { get; init; } = string.Empty;

        /// <summary>WeChat Pay public key id (<c>Wechatpay-Serial</c> in public-key mode).</summary>
        public string PublicKeyId { get; init; } = string.Empty;

        /// <summary>The merchant API private key: the silo signs with it.</summary>
        public string MerchantPrivateKeyFile { get; init; } = "wechatpay/apiclient_key.pem";

        /// <summary>The merchant API certificate.</summary>
        public string MerchantCertificateFile { get; init; } = "wechatpay/apiclient_cert.pem";

        /// <summary>The platform certificate: the silo verifies with it in certificate mode.</summary>
        public string PlatformCertificateFile { get; init; } = "wechatpay/platform_cert.pem";

        /// <summary>Gateway side only.</summary>
        public string PlatformPrivateKeyFile { get; init; } = "wechatpay/platform_private_key.pem";

        /// <summary>The WeChat Pay public key: the silo verifies with it in public-key mode.</summary>
        public string PublicKeyFile { get; init; } = "wechatpay/pub_key.pem";

        /// <summary>Gateway side only.</summary>
        public string PublicKeyPrivateKeyFile { get; init; } = "wechatpay/pub_key_private_key.pem";

        /// <summary>The APIv3 key (32 ASCII characters, one line).</summary>
        public string ApiV3KeyFile { get; init; } = "wechatpay/apiv3_key.txt";
    }
}
