using System.Security.Cryptography;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Credentials;
using Microsoft.Extensions.Options;

namespace FacePay.Benchmarks.Channels;

/// <summary>
/// One set of fresh RSA-2048 channel keys (generated like the sandbox's) and, over the very same keys, both our
/// channel objects and bare <see cref="RSA"/> instances for the raw baselines.
/// </summary>
public sealed class ChannelKeys : IDisposable
{
    public ChannelKeys()
    {
        Credentials = SandboxCredentials.Generate("2021000000000001", "2088000000000001", "1900000001", "wx0000000000000001");
        AlipayOptions = new AlipayOptions();
        Credentials.ConfigureAlipay(AlipayOptions, new Uri("http://127.0.0.1:1/alipay/gateway.do"), new Uri("http://127.0.0.1:1/notify/alipay/m1"));
        WechatPayOptions = new WechatPayOptions();
        Credentials.ConfigureWechatPay(WechatPayOptions, new Uri("http://127.0.0.1:1/"), new Uri("http://127.0.0.1:1/notify/wechatpay/m1"));

        Alipay = new AlipayCredentials(Options.Create(AlipayOptions));
        Wechat = new WechatPayCredentials(Options.Create(WechatPayOptions), TimeProvider.System);
        AlipayNotifications = new AlipayNotificationReader(Alipay, Options.Create(AlipayOptions));
        WechatNotifications = new WechatPayNotificationReader(Wechat);

        // Gateway side, as the sandbox signs: the Alipay key and the WeChat Pay public key's private half.
        AlipayGatewaySigner = AlipaySigner.FromPem(Credentials.AlipayPrivateKeyPem);
        WechatGatewaySigner = WechatPaySigner.FromPem(Credentials.WechatPayPublicKeyPrivatePem);
        WechatResponseSigner = new WechatPayResponseSigner(Credentials.PublicKeyId, WechatGatewaySigner, TimeProvider.System);
        WechatEncryptor = new WechatPayResourceEncryptor(Credentials.ApiV3Key);

        RawAppPrivateKey = RsaKeyLoader.LoadPrivateKey(Credentials.AppPrivateKeyPem);
        RawAlipayPublicKey = RsaKeyLoader.LoadPublicKey(Credentials.AlipayPublicKeyPem);
        RawWechatPublicKey = RsaKeyLoader.LoadPublicKey(Credentials.WechatPayPublicKeyPem);
    }

    public SandboxCredentials Credentials { get; }

    public AlipayOptions AlipayOptions { get; }

    public WechatPayOptions WechatPayOptions { get; }

    /// <summary>Our merchant-side Alipay keys (request signer, response and notification verifiers).</summary>
    public AlipayCredentials Alipay { get; }

    /// <summary>Our merchant-side WeChat Pay keys (validator, decryptor).</summary>
    public WechatPayCredentials Wechat { get; }

    public AlipayNotificationReader AlipayNotifications { get; }

    public WechatPayNotificationReader WechatNotifications { get; }

    public AlipaySigner AlipayGatewaySigner { get; }

    public WechatPaySigner WechatGatewaySigner { get; }

    public WechatPayResponseSigner WechatResponseSigner { get; }

    public WechatPayResourceEncryptor WechatEncryptor { get; }

    /// <summary>The app private key our Alipay requests are signed with, as a bare RSA object.</summary>
    public RSA RawAppPrivateKey { get; }

    /// <summary>The Alipay public key our Alipay responses and notifications are verified with.</summary>
    public RSA RawAlipayPublicKey { get; }

    /// <summary>The WeChat Pay public key our WeChat Pay notifications are verified with.</summary>
    public RSA RawWechatPublicKey { get; }

    public void Dispose()
    {
        Alipay.Dispose();
        Wechat.Dispose();
        AlipayGatewaySigner.Dispose();
        WechatGatewaySigner.Dispose();
        RawAppPrivateKey.Dispose();
        RawAlipayPublicKey.Dispose();
        RawWechatPublicKey.Dispose();
    }
}
