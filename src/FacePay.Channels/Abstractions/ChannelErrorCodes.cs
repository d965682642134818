namespace FacePay.Channels.Abstractions;

/// <summary>Error codes we put on results for failures that happened on our side of the wire.</summary>
public static class ChannelErrorCodes
{
    /// <summary>The request could not be sent (connection refused, DNS, TLS): nothing reached the channel.</summary>
    public const string NotSent = "FACEPAY.NOT_SENT";

    /// <summary>The request was sent but no answer arrived in time.</summary>
    public const string Timeout = "FACEPAY.TIMEOUT";

    /// <summary>The connection broke after the request was sent.</summary>
    public const string ConnectionLost = "FACEPAY.CONNECTION_LOST";

    /// <summary>The answer failed signature verification and was not trusted.</summary>
    public const string VerificationFailed = "FACEPAY.VERIFICATION_FAILED";

    /// <summary>The answer could not be read.</summary>
    public const string MalformedResponse = "FACEPAY.MALFORMED_RESPONSE";

    /// <summary>The request is not supported by this channel (e.g. agreement pay on WeChat).</summary>
    public const string Unsupported = "FACEPAY.UNSUPPORTED";

    /// <summary>The request is invalid before sending (e.g. wrong currency, bad amount).</summary>
    public const string InvalidRequest = "FACEPAY.INVALID_REQUEST";

    /// <summary>The circuit breaker is open or the concurrency limit was hit: nothing was sent.</summary>
    public const string Rejected = "FACEPAY.REJECTED";
}
