using Microsoft.AspNetCore.Diagnostics;

namespace FacePay.MerchantApi.Problems;

/// <summary>
/// Answers requests the framework could not bind (malformed JSON, wrong types, oversized bodies) with a 4xx
/// problem-details response that says what was wrong, instead of a 500.
/// </summary>
/// <param name="problems">Writes RFC 9457 responses.</param>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Type = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTypes.TooLarge : ProblemTypes.MalformedRequest,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request could not be read.",
                // The framework's message names the parameter and the problem (e.g. invalid JSON) without echoing the body.
                Detail = badRequest.InnerException is { } inner ? $"{badRequest.Message} {inner.Message}" : badRequest.Message,
            },
        });
    }
}
