using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Builds (client) and parses (gateway) the request <c>Authorization</c> header:
/// <c>WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"</c> (or the
/// <c>WECHATPAY2-SM2-WITH-SM3</c> scheme), signed over <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c>.
/// </summary>
public sealed partial class WechatPayAuthorization
{
    /// <summary>The RSA scheme name.</summary>
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    /// <summary>The national-cryptography scheme name (SM2 signature over SM3).</summary>
    public const string Sm2Scheme = "WECHATPAY2-SM2-WITH-SM3";

    private const string NonceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly string _mchId;
    private readonly string _serialNo;
    private readonly Func<string, string> _sign;
    private readonly string _scheme;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the header builder.</summary>
    /// <param name="mchId">The merchant id.</param>
    /// <param name="merchantCertificateSerial">The merchant API certificate serial.</param>
    /// <param name="signer">The signer holding the merchant API private key.</param>
    /// <param name="timeProvider">The clock for timestamps.</param>
    public WechatPayAuthorization(string mchId, string merchantCertificateSerial, WechatPaySigner signer, TimeProvider timeProvider)
        : this(mchId, merchantCertificateSerial, Scheme, (signer ?? throw new ArgumentNullException(nameof(signer))).Sign, timeProvider)
    {
    }

    /// <summary>Creates the header builder for the national-cryptography scheme (<see cref="Sm2Scheme"/>).</summary>
    /// <param name="mchId">The merchant id.</param>
    /// <param name="merchantCertificateSerial">The merchant SM2 certificate serial.</param>
    /// <param name="signer">The signer holding the merchant SM2 private key.</param>
    /// <param name="timeProvider">The clock for timestamps.</param>
    public WechatPayAuthorization(string mchId, string merchantCertificateSerial, WechatPaySm2Signer signer, TimeProvider timeProvider)
        : this(mchId, merchantCertificateSerial, Sm2Scheme, (signer ?? throw new ArgumentNullException(nameof(signer))).Sign, timeProvider)
    {
    }

    private WechatPayAuthorization(string mchId, string merchantCertificateSerial, string scheme, Func<string, string> sign, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mchId);
        ArgumentException.ThrowIfNullOrWhiteSpace(merchantCertificateSerial);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _mchId = mchId;
        _serialNo = merchantCertificateSerial;
        _sign = sign;
        _scheme = scheme;
        _timeProvider = timeProvider;
    }

    /// <summary>Builds the header value for a request with a fresh nonce and the current time.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="canonicalUrl">Path plus query.</param>
    /// <param name="body">The exact body; empty for GET.</param>
    /// <returns>The full header value (scheme and parameters).</returns>
    public string Build(string method, string canonicalUrl, string body) =>
        Build(method, canonicalUrl, body, _timeProvider.GetUtcNow().ToUnixTimeSeconds(), NewNonce());

    /// <summary>Builds the header value with a given timestamp and nonce (deterministic; for tests and replays).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="canonicalUrl">Path plus query.</param>
    /// <param name="body">The exact body.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="nonce">The nonce.</param>
    /// <returns>The full header value.</returns>
    public string Build(string method, string canonicalUrl, string body, long timestamp, string nonce)
    {
        var message = WechatPaySignatureMessage.ForRequest(method, canonicalUrl, timestamp, nonce, body ?? string.Empty);
        var signature = _sign(message);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{_scheme} mchid=\"{_mchId}\",nonce_str=\"{nonce}\",timestamp=\"{timestamp}\",serial_no=\"{_serialNo}\",signature=\"{signature}\"");
    }

    /// <summary>A 32-character alphanumeric nonce from a cryptographic random source.</summary>
    /// <returns>The nonce.</returns>
    public static string NewNonce() => RandomNumberGenerator.GetString(NonceAlphabet, 32);

    /// <summary>Parses a header value (gateway side); the scheme must be <see cref="Scheme"/> or <see cref="Sm2Scheme"/>.</summary>
    /// <param name="headerValue">The full header value.</param>
    /// <param name="header">The fields when parsing succeeded.</param>
    /// <returns>True when the scheme matched and all five fields were present exactly once.</returns>
    public static bool TryParse(string? headerValue, out WechatPayAuthorizationHeader? header)
    {
        header = null;
        var scheme = headerValue?.StartsWith(Scheme + " ", StringComparison.Ordinal) == true ? Scheme
            : headerValue?.StartsWith(Sm2Scheme + " ", StringComparison.Ordinal) == true ? Sm2Scheme
            : null;
        if (headerValue is null || scheme is null)
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = headerValue[(scheme.Length + 1)..];
        var matches = FieldPattern().Matches(rest);
        foreach (Match match in matches)
        {
            if (!fields.TryAdd(match.Groups["name"].Value, match.Groups["value"].Value))
            {
                return false;
            }
        }

        if (!fields.TryGetValue("mchid", out var mchId) || !fields.TryGetValue("nonce_str", out var nonce)
            || !fields.TryGetValue("timestamp", out var timestamp) || !fields.TryGetValue("serial_no", out var serial)
            || !fields.TryGetValue("signature", out var signature))
        {
            return false;
        }

        header = new WechatPayAuthorizationHeader(mchId, nonce, timestamp, serial, signature, scheme);
        return true;
    }

    [GeneratedRegex("(?<name>[a-z_]+)=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FieldPattern();
}
