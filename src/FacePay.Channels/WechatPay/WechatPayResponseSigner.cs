using System.Globalization;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Gateway side (sandbox): signs response and notification bodies with a platform key and produces the
/// <c>Wechatpay-*</c> headers a client validates with <see cref="WechatPayValidator"/>.
/// </summary>
public sealed class WechatPayResponseSigner
{
    private readonly string _serial;
    private readonly Func<byte[], string> _sign;
    private readonly string _scheme;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the signer.</summary>
    /// <param name="serial">The platform certificate serial or public key id to announce.</param>
    /// <param name="platformSigner">The signer holding the platform private key.</param>
    /// <param name="timeProvider">The clock.</param>
    public WechatPayResponseSigner(string serial, WechatPaySigner platformSigner, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(platformSigner);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _serial = serial;
        _sign = message => platformSigner.Sign(message);
        _scheme = WechatPayAuthorization.Scheme;
        _timeProvider = timeProvider;
    }

    /// <summary>Creates a signer for the national-cryptography scheme (<c>WECHATPAY2-SM2-WITH-SM3</c>).</summary>
    /// <param name="serial">The SM2 platform certificate serial to announce.</param>
    /// <param name="platformSigner">The signer holding the SM2 platform private key.</param>
    /// <param name="timeProvider">The clock.</param>
    public WechatPayResponseSigner(string serial, WechatPaySm2Signer platformSigner, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(platformSigner);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _serial = serial;
        _sign = message => platformSigner.Sign(message);
        _scheme = WechatPayAuthorization.Sm2Scheme;
        _timeProvider = timeProvider;
    }

    /// <summary>Signs a body with the current time and a fresh nonce.</summary>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The headers to send.</returns>
    public WechatPaySignatureHeaders Sign(ReadOnlySpan<byte> body) =>
        Sign(body, _timeProvider.GetUtcNow().ToUnixTimeSeconds(), WechatPayAuthorization.NewNonce());

    /// <summary>Signs a body with a given timestamp and nonce.</summary>
    /// <param name="body">The exact body bytes.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="nonce">The nonce.</param>
    /// <returns>The headers to send.</returns>
    public WechatPaySignatureHeaders Sign(ReadOnlySpan<byte> body, long timestamp, string nonce)
    {
        var timestampText = timestamp.ToString(CultureInfo.InvariantCulture);
        var signature = _sign(WechatPaySignatureMessage.ForResponse(timestampText, nonce, body));
        return new WechatPaySignatureHeaders(_serial, signature, timestampText, nonce, _scheme);
    }
}
