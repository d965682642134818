using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FacePay.MerchantApi.Problems;

/// <summary>
/// The problem <c>type</c> URIs of the Merchant API (RFC 9457): stable identifiers a client can switch on, each
/// documented in the README. Order and session refusals use their error code the same way
/// (<c>https://facepay.dev/problems/ALREADY_PAID</c>, ...).
/// </summary>
public static class ProblemTypes
{
    /// <summary>The base of every type URI.</summary>
    public const string Base = "https://facepay.dev/problems/";

    /// <summary>No signature headers.</summary>
    public const string MissingCredentials = Base + "MISSING_CREDENTIALS";

    /// <summary>The key id is unknown.</summary>
    public const string UnknownKey = Base + "UNKNOWN_KEY";

    /// <summary>The signed timestamp is outside the window.</summary>
    public const string StaleTimestamp = Base + "STALE_TIMESTAMP";

    /// <summary>The signature (or nonce format) is wrong.</summary>
    public const string BadSignature = Base + "BAD_SIGNATURE";

    /// <summary>The nonce was used before.</summary>
    public const string ReplayedNonce = Base + "REPLAYED_NONCE";

    /// <summary>A POST without an Idempotency-Key.</summary>
    public const string IdempotencyKeyRequired = Base + "IDEMPOTENCY_KEY_REQUIRED";

    /// <summary>The idempotency key was used for a different request.</summary>
    public const string IdempotencyKeyReused = Base + "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The first request with this idempotency key is still running.</summary>
    public const string IdempotencyInProgress = Base + "IDEMPOTENCY_IN_PROGRESS";

    /// <summary>Over the merchant's rate limit.</summary>
    public const string RateLimited = Base + "RATE_LIMITED";

    /// <summary>Field validation failed.</summary>
    public const string Validation = Base + "VALIDATION";

    /// <summary>The body could not be read (malformed JSON, wrong types, broken form).</summary>
    public const string MalformedRequest = Base + "MALFORMED_REQUEST";

    /// <summary>The body or an upload is larger than allowed.</summary>
    public const string TooLarge = Base + "TOO_LARGE";

    /// <summary>An upload is not a JPEG, PNG or WebP image.</summary>
    public const string NotAnImage = Base + "NOT_AN_IMAGE";

    /// <summary>The resource does not exist.</summary>
    public const string NotFound = Base + "NOT_FOUND";

    /// <summary>An unexpected server error.</summary>
    public const string ServerError = Base + "SERVER_ERROR";

    /// <summary>The type URI of an error code (<c>AlreadyPaid</c> → <c>…/ALREADY_PAID</c>).</summary>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var builder = new System.Text.StringBuilder(Base, Base.Length + code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            if (i > 0 && char.IsUpper(code[i]) && !char.IsUpper(code[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(code[i]));
        }

        return builder.ToString();
    }

    /// <summary>A 400 validation problem naming fields (the same <c>errors</c> shape as ASP.NET Core's validation problems).</summary>
    public static ProblemHttpResult Fields(IDictionary<string, string[]> errors, string title = "The request is invalid.") =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            type: Validation,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>A 400 validation problem naming one field.</summary>
    public static ProblemHttpResult Field(string field, string message) => Fields(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A problem body.</summary>
    public static ProblemDetails Create(int status, string type, string title, string? detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
