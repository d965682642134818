using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using FacePay.Contracts.Requests;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Authentication;

/// <summary>
/// Authenticates merchant requests by API key and <see cref="RequestSignature"/>: known key, timestamp within the
/// window, well-formed nonce, signature over method, path, timestamp, nonce and body hash, and — only once all of
/// that holds — a nonce never used before anywhere in the cluster (<see cref="IRequestNonceGrain"/>). Failures
/// answer 401 with a problem saying which check failed; secrets, signatures and bodies are never logged.
/// </summary>
public sealed partial class MerchantSignatureHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    MerchantKeys keys,
    IOptions<MerchantApiOptions> apiOptions,
    IGrainFactory grains,
    TimeProvider time,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string FailureItem = "FacePay.AuthenticationFailure";
    private readonly ILogger _log = loggerFactory.CreateLogger<MerchantSignatureHandler>();

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers;
        string? keyId = headers[SignatureHeaders.KeyId];
        string? timestampText = headers[SignatureHeaders.Timestamp];
        string? nonce = headers[SignatureHeaders.Nonce];
        string? signature = headers[SignatureHeaders.Signature];
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(timestampText) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature))
        {
            // No attempt to authenticate (health probes, channel notifications): no failure to log; /v1 still challenges.
            Context.Items[FailureItem] = (ProblemTypes.MissingCredentials,
                $"Sign the request: {SignatureHeaders.KeyId}, {SignatureHeaders.Timestamp}, {SignatureHeaders.Nonce} and {SignatureHeaders.Signature} are required (see README, Merchant API).");
            return AuthenticateResult.NoResult();
        }

        if (!MerchantKeys.IsValidKeyId(keyId) || !keys.TryFind(keyId, out var merchantId, out var secret))
        {
            return Fail(ProblemTypes.UnknownKey, $"{SignatureHeaders.KeyId} does not name an active API key.");
        }

        var window = apiOptions.Value.SignatureWindow;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || Math.Abs(now - timestamp) > (long)window.TotalSeconds)
        {
            return Fail(ProblemTypes.StaleTimestamp,
                $"{SignatureHeaders.Timestamp} must be Unix seconds within {window.TotalMinutes:0.#} minutes of the server clock (now {now}).");
        }

        if (!IsValidNonce(nonce))
        {
            return Fail(ProblemTypes.BadSignature, $"{SignatureHeaders.Nonce} must be 16-64 characters of [A-Za-z0-9_-].");
        }

        var bodySha256 = await HashBodyAsync();
        var canonical = RequestSignature.Canonical(Request.Method, RequestTarget.Of(Context), timestamp, nonce, bodySha256);
        if (!RequestSignature.Verify(secret, canonical, signature))
        {
            LogBadSignature(keyId, Request.Method, Request.Path);
            return Fail(ProblemTypes.BadSignature, "The signature does not match the request (method, path and query, timestamp, nonce, body SHA-256).");
        }

        if (!await grains.GetGrain<IRequestNonceGrain>(RequestNonceBuckets.Key(merchantId, timestamp)).TryUseAsync(nonce))
        {
            LogReplay(keyId, Request.Method, Request.Path);
            return Fail(ProblemTypes.ReplayedNonce, "This nonce was already used: every request needs a new nonce and signature.");
        }

        Context.Features.Set(new SignedRequest(merchantId, bodySha256));
        var identity = new ClaimsIdentity(
            [new Claim(MerchantClaims.MerchantId, merchantId), new Claim(MerchantClaims.KeyId, keyId)], MerchantClaims.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), MerchantClaims.Scheme));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var (type, detail) = Context.Items[FailureItem] as (string, string)? ?? (ProblemTypes.MissingCredentials, "This endpoint requires a signed request.");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "FacePay-HMAC-SHA256";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = ProblemTypes.Create(StatusCodes.Status401Unauthorized, type, "The request is not authenticated.", detail),
        });
    }

    private static bool IsValidNonce(string nonce) =>
        nonce.Length is >= 16 and <= 64 && nonce.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    // Buffers the body (the endpoint reads it again) and hashes it; the body size limit applies while reading.
    private async Task<string> HashBodyAsync()
    {
        Request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await Request.Body.ReadAsync(buffer, Context.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        Request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private AuthenticateResult Fail(string type, string detail)
    {
        Context.Items[FailureItem] = (type, detail);
        return AuthenticateResult.Fail(detail);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request with a bad signature: key {KeyId}, {Method} {Path}.")]
    private partial void LogBadSignature(string keyId, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a replayed nonce: key {KeyId}, {Method} {Path}.")]
    private partial void LogReplay(string keyId, string method, PathString path);
}
