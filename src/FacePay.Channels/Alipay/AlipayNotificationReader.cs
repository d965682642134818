using FacePay.Channels.Crypto;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Reads an inbound Alipay notification for our app: verifies the signature with the Alipay public key, then checks
/// that <c>app_id</c> (and <c>seller_id</c> when configured) are ours. Checking the amount against the order, and
/// answering <c>success</c> only after the state change is persisted, are the caller's jobs.
/// </summary>
public sealed class AlipayNotificationReader
{
    /// <summary>The exact plain-text acknowledgement Alipay expects (7 bytes).</summary>
    public const string Acknowledgement = "success";

    private readonly AlipayNotificationVerifier _verifier;
    private readonly AlipayOptions _options;

    /// <summary>Creates the reader.</summary>
    /// <param name="credentials">The loaded Alipay keys.</param>
    /// <param name="options">The channel options (app id, seller id).</param>
    public AlipayNotificationReader(AlipayCredentials credentials, IOptions<AlipayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _verifier = credentials.NotificationVerifier;
        _options = options.Value;
    }

    /// <summary>Verifies a raw form-encoded notification body and checks it is addressed to us.</summary>
    /// <param name="formBody">The body text.</param>
    /// <returns>The notification or a precise failure.</returns>
    public VerificationResult<AlipayNotification> Read(string formBody)
    {
        var result = _verifier.Verify(formBody);
        if (!result.IsValid)
        {
            return result;
        }

        var notification = result.Value;
        if (!string.Equals(notification.AppId, _options.AppId, StringComparison.Ordinal))
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.WrongRecipient, "The notification is for another app_id.");
        }

        if (!string.IsNullOrEmpty(_options.SellerId) && !string.Equals(notification.SellerId, _options.SellerId, StringComparison.Ordinal))
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.WrongRecipient, "The notification is for another seller_id.");
        }

        return result;
    }
}
