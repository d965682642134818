using FacePay.Channels.Crypto;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Reads an inbound notification safely: validates the <c>Wechatpay-*</c> signature over the raw body first, then
/// decrypts the resource. Acknowledge (200/204) only after the resulting state change is persisted.
/// </summary>
public sealed class WechatPayNotificationReader
{
    private readonly WechatPayValidator _validator;
    private readonly WechatPayNotificationDecryptor _decryptor;

    /// <summary>Creates the reader.</summary>
    /// <param name="credentials">The loaded WeChat Pay credentials.</param>
    public WechatPayNotificationReader(WechatPayCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _validator = credentials.Validator;
        _decryptor = credentials.Decryptor;
    }

    /// <summary>Validates and decrypts a notification.</summary>
    /// <param name="headers">The received <c>Wechatpay-*</c> headers.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The decrypted notification or the precise failure.</returns>
    public VerificationResult<WechatPayNotification> Read(WechatPaySignatureHeaders headers, ReadOnlySpan<byte> body)
    {
        var validation = _validator.Validate(headers, body);
        return validation.IsValid ? _decryptor.DecryptNotification(body) : validation.AsFailure<WechatPayNotification>();
    }
}
