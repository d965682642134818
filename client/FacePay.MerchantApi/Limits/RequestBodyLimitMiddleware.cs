using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Limits;

/// <summary>
/// Applies each endpoint's body limit (<see cref="RequestBodyLimit"/>, else <see cref="MerchantApiOptions.MaxJsonBodyBytes"/>)
/// before anything reads the body — authentication hashes it — and refuses a declared oversize body at once with 413.
/// A body that grows past the limit while streaming fails the read, which the exception handler answers with 413 too.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<MerchantApiOptions> options, IProblemDetailsService problems)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>()?.Bytes ?? options.Value.MaxJsonBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemTypes.Create(
                    StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "The request body is too large.", $"This endpoint accepts at most {limit} bytes."),
            });
            return;
        }

        await next(context);
    }
}
