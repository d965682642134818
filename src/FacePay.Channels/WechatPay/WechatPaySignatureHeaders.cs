namespace FacePay.Channels.WechatPay;

/// <summary>The <c>Wechatpay-*</c> headers of a response or notification, as received (any may be missing).</summary>
/// <param name="Serial"><c>Wechatpay-Serial</c>: the certificate serial or public key id that signed.</param>
/// <param name="Signature"><c>Wechatpay-Signature</c>: the base64 signature.</param>
/// <param name="Timestamp"><c>Wechatpay-Timestamp</c>: Unix seconds.</param>
/// <param name="Nonce"><c>Wechatpay-Nonce</c>: the nonce.</param>
/// <param name="SignatureType"><c>Wechatpay-Signature-Type</c>, when sent.</param>
public sealed record WechatPaySignatureHeaders(string? Serial, string? Signature, string? Timestamp, string? Nonce, string? SignatureType = null)
{
    /// <summary>Header name of the serial.</summary>
    public const string SerialHeader = "Wechatpay-Serial";

    /// <summary>Header name of the signature.</summary>
    public const string SignatureHeader = "Wechatpay-Signature";

    /// <summary>Header name of the timestamp.</summary>
    public const string TimestampHeader = "Wechatpay-Timestamp";

    /// <summary>Header name of the nonce.</summary>
    public const string NonceHeader = "Wechatpay-Nonce";

    /// <summary>Header name of the signature type.</summary>
    public const string SignatureTypeHeader = "Wechatpay-Signature-Type";

    /// <summary>Reads the headers through a lookup function (case-insensitive lookup is the caller's concern).</summary>
    /// <param name="lookup">Returns a header's first value or null.</param>
    /// <returns>The headers.</returns>
    public static WechatPaySignatureHeaders From(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new(lookup(SerialHeader), lookup(SignatureHeader), lookup(TimestampHeader), lookup(NonceHeader), lookup(SignatureTypeHeader));
    }
}
