using Microsoft.AspNetCore.Diagnostics;

namespace FacePay.MerchantApi.Problems;

/// <summary>
/// Answers 503 with <c>Retry-After</c> when the cluster could not be reached or did not answer in time, instead of a
/// bare 500: the request may or may not have taken effect, and retrying it with the same Idempotency-Key is safe.
/// </summary>
/// <param name="problems">Writes RFC 9457 responses.</param>
/// <param name="logger">Logs the failure (no request data).</param>
public sealed partial class ClusterUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not (OrleansException or TimeoutException))
        {
            return false;
        }

        LogUnavailable(exception, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ProblemTypes.Create(
                StatusCodes.Status503ServiceUnavailable,
                ProblemTypes.Base + "CLUSTER_UNAVAILABLE",
                "The payment cluster did not answer.",
                "The request may or may not have taken effect; retry it with the same Idempotency-Key."),
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The cluster did not answer {Path}.")]
    private partial void LogUnavailable(Exception exception, PathString path);
}
