using FacePay.Operators.Authentication;

namespace FacePay.MerchantApi.Operators;

/// <summary>
/// Refuses a state-changing operator request authenticated by the console cookie unless it carries
/// <see cref="OperatorAuthentication.ConsoleHeader"/>: the console's script always sends it, a cross-site form or image
/// cannot, so a page elsewhere cannot make a signed-in operator's browser act. Basic and Bearer callers are not affected
/// (a browser never adds those on its own to a cross-site request).
/// </summary>
public sealed class ConsoleRequestFilter : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var byCookie = http.User.Identity?.AuthenticationType == OperatorAuthentication.CookieScheme;
        if (byCookie && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !http.Request.Headers.ContainsKey(OperatorAuthentication.ConsoleHeader))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                $"Console requests that change something carry the {OperatorAuthentication.ConsoleHeader} header.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not sent by the console.",
                type: OperatorProblems.TypePrefix + "CONSOLE_HEADER_REQUIRED"));
        }

        return next(context);
    }
}
