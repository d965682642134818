namespace FacePay.MerchantApi.Authentication;

/// <summary>The request headers of the merchant signature scheme (see <see cref="RequestSignature"/>).</summary>
public static class SignatureHeaders
{
    /// <summary>The API key id (not the secret).</summary>
    public const string KeyId = "FacePay-Key-Id";

    /// <summary>Unix seconds when the request was signed; must be within the signature window of the server's clock.</summary>
    public const string Timestamp = "FacePay-Timestamp";

    /// <summary>A random value used once per request (16–64 characters of <c>[A-Za-z0-9_-]</c>).</summary>
    public const string Nonce = "FacePay-Nonce";

    /// <summary><c>v1=</c> and the lowercase hex HMAC-SHA256 of the canonical request.</summary>
    public const string Signature = "FacePay-Signature";

    /// <summary>The idempotency key every POST carries (1–128 characters of <c>[A-Za-z0-9._:-]</c>).</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>Set on a response replayed for a retried idempotent request.</summary>
    public const string IdempotentReplayed = "Idempotent-Replayed";
}
