using Microsoft.AspNetCore.Http.Features;

namespace FacePay.MerchantApi.Authentication;

/// <summary>The request target as signed: the path and query exactly as the client sent them on the request line.</summary>
public static class RequestTarget
{
    /// <summary>The raw target, so percent-encodings cannot differ between the client's signature and the server's check.</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.PathBase + context.Request.Path + context.Request.QueryString;
    }
}
