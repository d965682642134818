using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Credentials;

namespace FacePay.Sandbox;

/// <summary>The gateway-side key objects built once from <see cref="SandboxCredentials"/>.</summary>
internal sealed class SandboxKeys : IDisposable
{
    private readonly WechatPaySigner _wechatPaySigner;
    private readonly WechatPayVerifierStore _merchantKeys = new();

    public SandboxKeys(SandboxCredentials credentials, SandboxWechatPayKeyMode mode, TimeProvider time)
    {
        Credentials = credentials;
        AlipaySigner = AlipaySigner.FromPem(credentials.AlipayPrivateKeyPem);
        AppKeyVerifier = AlipaySignatureVerifier.FromPem(credentials.AppPublicKeyPem);
        var publicKeyMode = mode == SandboxWechatPayKeyMode.PublicKey;
        _wechatPaySigner = WechatPaySigner.FromPem(publicKeyMode ? credentials.WechatPayPublicKeyPrivatePem : credentials.PlatformPrivateKeyPem);
        WechatPaySerial = publicKeyMode ? credentials.PublicKeyId : credentials.PlatformSerialNo;
        WechatPayResponseSigner = new WechatPayResponseSigner(WechatPaySerial, _wechatPaySigner, time);
        _merchantKeys.AddCertificatePem(credentials.MerchantCertificatePem);
        WechatPayRequestVerifier = new WechatPayRequestVerifier(_merchantKeys, time);
        WechatPayEncryptor = new WechatPayResourceEncryptor(credentials.ApiV3Key);
    }

    public SandboxCredentials Credentials { get; }

    /// <summary>Signs Alipay responses and notifications ("Alipay private key").</summary>
    public AlipaySigner AlipaySigner { get; }

    /// <summary>Verifies Alipay requests (app public key).</summary>
    public AlipaySignatureVerifier AppKeyVerifier { get; }

    /// <summary>What <c>Wechatpay-Serial</c> announces.</summary>
    public string WechatPaySerial { get; }

    /// <summary>Signs WeChat answers and notifications (platform key or the WeChat Pay public key's private half).</summary>
    public WechatPayResponseSigner WechatPayResponseSigner { get; }

    /// <summary>Verifies the merchant's Authorization header.</summary>
    public WechatPayRequestVerifier WechatPayRequestVerifier { get; }

    /// <summary>Encrypts notification resources with the APIv3 key.</summary>
    public WechatPayResourceEncryptor WechatPayEncryptor { get; }

    /// <summary>Turns a valid base64 signature into a well-formed but wrong one.</summary>
    public static string Corrupt(string base64Signature)
    {
        var bytes = Convert.FromBase64String(base64Signature);
        bytes[^1] ^= 0x5A;
        return Convert.ToBase64String(bytes);
    }

    /// <summary>The <c>Wechatpay-*</c> headers of an answer or notification body.</summary>
    public Dictionary<string, string> WechatPayHeaders(ReadOnlySpan<byte> body, bool corrupt = false)
    {
        var signed = WechatPayResponseSigner.Sign(body);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [WechatPaySignatureHeaders.TimestampHeader] = signed.Timestamp!,
            [WechatPaySignatureHeaders.NonceHeader] = signed.Nonce!,
            [WechatPaySignatureHeaders.SignatureHeader] = corrupt ? Corrupt(signed.Signature!) : signed.Signature!,
            [WechatPaySignatureHeaders.SerialHeader] = signed.Serial!,
            [WechatPaySignatureHeaders.SignatureTypeHeader] = WechatPayAuthorization.Scheme,
            ["Request-ID"] = Guid.NewGuid().ToString("N"),
        };
    }

    public void Dispose()
    {
        AlipaySigner.Dispose();
        AppKeyVerifier.Dispose();
        _wechatPaySigner.Dispose();
        _merchantKeys.Dispose();
    }
}
