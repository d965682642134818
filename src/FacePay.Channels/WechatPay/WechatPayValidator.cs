using System.Buffers;
using System.Globalization;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Verifies WeChat Pay responses and notifications: <c>TIMESTAMP\nNONCE\nBODY\n</c> from the <c>Wechatpay-*</c>
/// headers and the raw body, with the key chosen by <c>Wechatpay-Serial</c>; rejects timestamps 300 seconds or
/// more from now. Run it before decrypting or trusting anything in the body.
/// </summary>
public sealed class WechatPayValidator
{
    /// <summary>The largest accepted clock difference (exclusive), in seconds.</summary>
    public const int MaxClockSkewSeconds = 300;

    private readonly WechatPayVerifierStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the validator.</summary>
    /// <param name="store">The verifier keys.</param>
    /// <param name="timeProvider">The clock.</param>
    public WechatPayValidator(WechatPayVerifierStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Validates a signed message.</summary>
    /// <param name="headers">The received <c>Wechatpay-*</c> headers.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The headers when valid, or the precise failure.</returns>
    public VerificationResult<WechatPaySignatureHeaders> Validate(WechatPaySignatureHeaders headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var missing = headers switch
        {
            { Serial: null or "" } => WechatPaySignatureHeaders.SerialHeader,
            { Signature: null or "" } => WechatPaySignatureHeaders.SignatureHeader,
            { Timestamp: null or "" } => WechatPaySignatureHeaders.TimestampHeader,
            { Nonce: null or "" } => WechatPaySignatureHeaders.NonceHeader,
            _ => null,
        };
        if (missing is not null)
        {
            return Fail(VerificationFailure.MissingHeader, $"Header '{missing}' is missing.");
        }

        if (!long.TryParse(headers.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return Fail(VerificationFailure.MalformedTimestamp, "Wechatpay-Timestamp is not Unix seconds.");
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs((decimal)now - timestamp) >= MaxClockSkewSeconds)
        {
            return Fail(VerificationFailure.StaleTimestamp, $"Timestamp {timestamp} is {now - (decimal)timestamp} s from now.");
        }

        var type = headers.SignatureType;
        if (type is { Length: > 0 } && type != WechatPayAuthorization.Scheme && type != WechatPayAuthorization.Sm2Scheme)
        {
            return Fail(VerificationFailure.UnsupportedAlgorithm, $"Signature type '{type}' is not supported.");
        }

        // Every notification and response passes here: the signed message is assembled in a pooled buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(WechatPaySignatureMessage.ResponseLength(headers.Timestamp!, headers.Nonce!, body));
        VerificationFailure failure;
        try
        {
            var message = buffer.AsSpan(0, WechatPaySignatureMessage.WriteResponse(headers.Timestamp!, headers.Nonce!, body, buffer));

            // The signature type header names the scheme; without it the kind of key stored under the serial decides.
            if (type != WechatPayAuthorization.Sm2Scheme && _store.TryGet(headers.Serial!, out var rsaKey))
            {
                failure = Sha256WithRsa.Verify(rsaKey, message, headers.Signature);
            }
            else if (type != WechatPayAuthorization.Scheme && _store.TryGetSm2(headers.Serial!, out var sm2Key))
            {
                failure = Sm2WithSm3.Verify(sm2Key, message, headers.Signature);
            }
            else
            {
                return Fail(VerificationFailure.UnknownSerial, $"No {type ?? "verifier"} key for serial '{headers.Serial}'.");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return failure == VerificationFailure.None
            ? VerificationResult<WechatPaySignatureHeaders>.Success(headers)
            : Fail(failure, $"Signature by '{headers.Serial}' did not verify.");
    }

    private static VerificationResult<WechatPaySignatureHeaders> Fail(VerificationFailure failure, string detail) =>
        VerificationResult<WechatPaySignatureHeaders>.Fail(failure, detail);
}
