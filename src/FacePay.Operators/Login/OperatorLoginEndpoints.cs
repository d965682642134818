using FacePay.Operators.Authentication;
using FacePay.Operators.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace FacePay.Operators.Login;

/// <summary>
/// The console's login form (<c>GET</c>/<c>POST {root}/login</c>) and logout (<c>POST {root}/logout</c>). A failed
/// login answers 401 with the form again and is logged with the name and address (never the password); too many
/// answer 429 until the lockout ends.
/// </summary>
public static partial class OperatorLoginEndpoints
{
    private const string FormContentType = "text/html; charset=utf-8";

    /// <summary>Maps the login and logout endpoints under <paramref name="paths"/>.</summary>
    public static IEndpointRouteBuilder MapOperatorLogin(this IEndpointRouteBuilder app, OperatorConsolePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        app.MapGet(paths.Login, (string? returnUrl) => Page(paths, SafeReturn(paths, returnUrl), null, StatusCodes.Status200OK)).ExcludeFromDescription();
        app.MapPost(paths.Login, (HttpContext context, LoginThrottle throttle, OperatorCredentials credentials, ILoggerFactory loggers) =>
            LoginAsync(context, paths, throttle, credentials, loggers.CreateLogger(typeof(OperatorLoginEndpoints).FullName!))).ExcludeFromDescription();
        app.MapPost(paths.Logout, async (HttpContext context) =>
        {
            await context.SignOutAsync(OperatorAuthentication.CookieScheme);
            return Results.Redirect(paths.Login);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, OperatorConsolePaths paths, LoginThrottle throttle, OperatorCredentials credentials, ILogger logger)
    {
        if (!context.Request.HasFormContentType)
        {
            return Page(paths, paths.Root, "Send the login form.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = SafeReturn(paths, form["returnUrl"]);
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (throttle.LockedUntil(name, address) is not null)
        {
            LogLocked(logger, OperatorIdentity.ForLog(name), address ?? "unknown");
            return Page(paths, returnUrl, "Too many failed logins. Wait a few minutes and try again.", StatusCodes.Status429TooManyRequests);
        }

        if (name.Length == 0 || password.Length == 0 || !credentials.VerifyPassword(name, password))
        {
            throttle.RecordFailure(name, address);
            LogFailed(logger, OperatorIdentity.ForLog(name), address ?? "unknown");
            return Page(paths, returnUrl, "Wrong operator name or password.", StatusCodes.Status401Unauthorized);
        }

        throttle.RecordSuccess(name);
        await context.SignInAsync(OperatorAuthentication.CookieScheme, OperatorIdentity.Create(name, OperatorAuthentication.CookieScheme, "password"));
        LogSignedIn(logger, OperatorIdentity.ForLog(name), address ?? "unknown");
        return Results.Redirect(returnUrl);
    }

    // Only a path inside the console: never another host (an open redirect), never a protocol-relative "//host".
    private static string SafeReturn(OperatorConsolePaths paths, string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(paths.Root.Value!, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : paths.Root.Value!;

    private static IResult Page(OperatorConsolePaths paths, string returnUrl, string? error, int status) =>
        Results.Content(OperatorLoginPage.Render(paths.Login, returnUrl, error), FormContentType, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator login failed for {Operator} from {Address}")]
    private static partial void LogFailed(ILogger logger, string @operator, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator login refused for {Operator} from {Address}: too many failures")]
    private static partial void LogLocked(ILogger logger, string @operator, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {Operator} signed in from {Address}")]
    private static partial void LogSignedIn(ILogger logger, string @operator, string address);
}
