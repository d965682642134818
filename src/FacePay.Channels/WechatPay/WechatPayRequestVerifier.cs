using System.Globalization;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Gateway side (sandbox): verifies a merchant's request <c>Authorization</c> header over
/// <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c> with the merchant public key chosen by <c>serial_no</c>.
/// </summary>
public sealed class WechatPayRequestVerifier
{
    private readonly WechatPayVerifierStore _merchantKeys;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the verifier.</summary>
    /// <param name="merchantKeys">Merchant public keys keyed by merchant certificate serial.</param>
    /// <param name="timeProvider">The clock.</param>
    public WechatPayRequestVerifier(WechatPayVerifierStore merchantKeys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(merchantKeys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _merchantKeys = merchantKeys;
        _timeProvider = timeProvider;
    }

    /// <summary>Verifies a request.</summary>
    /// <param name="authorization">The <c>Authorization</c> header value.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="canonicalUrl">Path plus query as received.</param>
    /// <param name="body">The body text as received.</param>
    /// <returns>The parsed header when valid, or the precise failure.</returns>
    public VerificationResult<WechatPayAuthorizationHeader> Verify(string? authorization, string method, string canonicalUrl, string body)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.MissingHeader, "Authorization is missing.");
        }

        if (!WechatPayAuthorization.TryParse(authorization, out var header))
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.MalformedBody, "Authorization is not a WECHATPAY2 header.");
        }

        if (!long.TryParse(header!.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.MalformedTimestamp, "timestamp is not Unix seconds.");
        }

        if (Math.Abs((decimal)_timeProvider.GetUtcNow().ToUnixTimeSeconds() - timestamp) >= WechatPayValidator.MaxClockSkewSeconds)
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.StaleTimestamp, "timestamp is too far from now.");
        }

        string message;
        try
        {
            message = WechatPaySignatureMessage.ForRequest(method, canonicalUrl, timestamp, header.NonceStr, body ?? string.Empty);
        }
        catch (ArgumentException)
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.MalformedBody, "Method, URL or nonce is empty.");
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        VerificationFailure failure;
        if (header.Scheme == WechatPayAuthorization.Sm2Scheme && _merchantKeys.TryGetSm2(header.SerialNo, out var sm2Key))
        {
            failure = Sm2WithSm3.Verify(sm2Key, bytes, header.Signature);
        }
        else if (header.Scheme == WechatPayAuthorization.Scheme && _merchantKeys.TryGet(header.SerialNo, out var rsaKey))
        {
            failure = Sha256WithRsa.Verify(rsaKey, bytes, header.Signature);
        }
        else
        {
            return VerificationResult<WechatPayAuthorizationHeader>.Fail(VerificationFailure.UnknownSerial, $"No {header.Scheme} merchant key for serial '{header.SerialNo}'.");
        }

        return failure == VerificationFailure.None
            ? VerificationResult<WechatPayAuthorizationHeader>.Success(header)
            : VerificationResult<WechatPayAuthorizationHeader>.Fail(failure, "Request signature did not verify.");
    }
}
