using System.Buffers;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Verifies an asynchronous notification: <c>sign</c> over every non-empty parameter except <c>sign</c> and
/// <c>sign_type</c> with the Alipay public key, then reads it into a typed <see cref="AlipayNotification"/>.
/// Checking <c>app_id</c>, amount and seller against the order is the caller's job.
/// </summary>
public sealed class AlipayNotificationVerifier
{
    private static readonly string[] RequiredParameters = ["notify_id", "app_id", "out_trade_no"];
    private readonly AlipaySignatureVerifier _verifier;

    /// <summary>Creates the verifier.</summary>
    /// <param name="alipayPublicKeyVerifier">A verifier holding the Alipay public key.</param>
    public AlipayNotificationVerifier(AlipaySignatureVerifier alipayPublicKeyVerifier)
    {
        ArgumentNullException.ThrowIfNull(alipayPublicKeyVerifier);
        _verifier = alipayPublicKeyVerifier;
    }

    /// <summary>Verifies a raw form-encoded notification body.</summary>
    /// <param name="formBody">The body text.</param>
    /// <returns>The notification or a precise failure.</returns>
    public VerificationResult<AlipayNotification> Verify(string formBody)
    {
        ArgumentNullException.ThrowIfNull(formBody);
        if (!AlipayNotificationForm.TryParse(formBody, out var parameters, out var content, out var length, out var error))
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.MalformedBody, error);
        }

        try
        {
            return Verify(parameters, content.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(content);
        }
    }

    /// <summary>Verifies notification parameters already decoded from the form.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The notification or a precise failure.</returns>
    public VerificationResult<AlipayNotification> Verify(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!AlipayFormParameters.TryCollect(parameters, out var collected, out var error))
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.MalformedBody, error);
        }

        var content = AlipaySignatureContent.RentNotificationUtf8(collected, out var length);
        try
        {
            return Verify(collected, content.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(content);
        }
    }

    // content: the UTF-8 bytes the signature covers, built from p.
    private VerificationResult<AlipayNotification> Verify(Dictionary<string, string> p, ReadOnlySpan<byte> content)
    {
        if (p.TryGetValue("sign_type", out var signType) && signType.Length > 0 && signType != "RSA2")
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.UnsupportedAlgorithm, $"sign_type '{signType}' is not RSA2.");
        }

        p.TryGetValue("sign", out var sign);
        var failure = _verifier.Verify(content, sign);
        if (failure != VerificationFailure.None)
        {
            return VerificationResult<AlipayNotification>.Fail(failure, "Notification signature check failed.");
        }

        foreach (var required in RequiredParameters)
        {
            if (string.IsNullOrEmpty(p.GetValueOrDefault(required)))
            {
                return VerificationResult<AlipayNotification>.Fail(VerificationFailure.MalformedBody, $"Required parameter '{required}' is missing.");
            }
        }

        if (!TryAmount(p, "total_amount", out var total) || !TryAmount(p, "refund_fee", out var refund))
        {
            return VerificationResult<AlipayNotification>.Fail(VerificationFailure.MalformedAmount, "total_amount or refund_fee is not a yuan amount.");
        }

        return VerificationResult<AlipayNotification>.Success(new AlipayNotification(
            p["notify_id"],
            p.GetValueOrDefault("notify_type"),
            p.GetValueOrDefault("notify_time"),
            p["app_id"],
            p["out_trade_no"],
            p.GetValueOrDefault("trade_no"),
            p.GetValueOrDefault("trade_status"),
            total,
            refund,
            p.GetValueOrDefault("out_biz_no"),
            p.GetValueOrDefault("seller_id"),
            p.GetValueOrDefault("buyer_id"),
            p));
    }

    private static bool TryAmount(Dictionary<string, string> p, string key, out long? fen)
    {
        fen = null;
        if (!p.TryGetValue(key, out var text) || text.Length == 0)
        {
            return true;
        }

        if (!AlipayAmount.TryParse(text, out var value))
        {
            return false;
        }

        fen = value;
        return true;
    }
}
