using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using FacePay.Operators.Credentials;
using FacePay.Operators.Login;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Operators.Authentication;

/// <summary>
/// Authenticates <c>Authorization: Basic</c> (operator name and password) and <c>Authorization: Bearer</c> (operator
/// token). Failures count towards the <see cref="LoginThrottle"/>; once it locks, the answer is 429 with
/// <c>Retry-After</c> until the lockout ends, even for the right password. Failures are logged with the operator name
/// and client address, never with the password or token.
/// </summary>
public sealed partial class OperatorCredentialsHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    OperatorCredentials credentials,
    LoginThrottle throttle) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string LockedUntilItem = "FacePay.Operators.LockedUntil";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress?.ToString();
        if (string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Basic(header.Parameter, address));
        }

        return Task.FromResult(string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? Bearer(header.Parameter, address)
            : AuthenticateResult.NoResult());
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[LockedUntilItem] is DateTimeOffset until)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((until - TimeProvider.GetUtcNow()).TotalSeconds));
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return OperatorProblems.Write(Context, StatusCodes.Status429TooManyRequests, "Too many failed operator logins.",
                $"Operator logins from here are refused for {seconds} more seconds.", "OPERATOR_LOGIN_LOCKED");
        }

        if (!Request.Headers.ContainsKey(OperatorAuthentication.ConsoleHeader))
        {
            Response.Headers.WWWAuthenticate = $"Basic realm=\"{OperatorAuthentication.Realm}\", charset=\"UTF-8\"";
        }

        return OperatorProblems.Write(Context, StatusCodes.Status401Unauthorized, "Operator credentials are required.",
            "Sign in at the console, or send Authorization: Basic (operator name and password) or Bearer (operator token).", "OPERATOR_CREDENTIALS_REQUIRED");
    }

    private AuthenticateResult Basic(string parameter, string? address)
    {
        string name, password;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Failed("(malformed)", address, "Basic", "The Basic credentials are not name:password.");
            }

            (name, password) = (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return Failed("(malformed)", address, "Basic", "The Basic credentials are not base64.");
        }

        if (throttle.LockedUntil(name, address) is { } until)
        {
            Context.Items[LockedUntilItem] = until;
            return AuthenticateResult.Fail("Too many failed operator logins.");
        }

        if (!credentials.VerifyPassword(name, password))
        {
            throttle.RecordFailure(name, address);
            return Failed(name, address, "Basic", "Wrong operator name or password.");
        }

        throttle.RecordSuccess(name);
        return Success(name, "password");
    }

    private AuthenticateResult Bearer(string token, string? address)
    {
        if (throttle.LockedUntil(null, address) is { } until)
        {
            Context.Items[LockedUntilItem] = until;
            return AuthenticateResult.Fail("Too many failed operator logins.");
        }

        if (credentials.VerifyToken(token) is not { } name)
        {
            throttle.RecordFailure(null, address);
            return Failed("(token)", address, "Bearer", "Unknown operator token.");
        }

        return Success(name, "token");
    }

    private AuthenticateResult Success(string name, string method) =>
        AuthenticateResult.Success(new AuthenticationTicket(OperatorIdentity.Create(name, Scheme.Name, method), Scheme.Name));

    private AuthenticateResult Failed(string name, string? address, string method, string reason)
    {
        LogFailed(Logger, OperatorIdentity.ForLog(name), address ?? "unknown", method);
        return AuthenticateResult.Fail(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator authentication failed for {Operator} from {Address} ({Method})")]
    private static partial void LogFailed(ILogger logger, string @operator, string address, string method);
}
