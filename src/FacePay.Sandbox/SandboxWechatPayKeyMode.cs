namespace FacePay.Sandbox;

/// <summary>How the sandbox signs WeChat Pay responses and notifications.</summary>
public enum SandboxWechatPayKeyMode
{
    /// <summary>With the WeChat Pay public key's private half; <c>Wechatpay-Serial</c> is the <c>PUB_KEY_ID_…</c>.</summary>
    PublicKey,

    /// <summary>With the platform certificate's key; <c>Wechatpay-Serial</c> is the certificate serial.</summary>
    PlatformCertificate,
}
