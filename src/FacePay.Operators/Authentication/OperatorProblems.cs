using Microsoft.AspNetCore.Http;

namespace FacePay.Operators.Authentication;

/// <summary>RFC 9457 problem details for operator authentication answers.</summary>
public static class OperatorProblems
{
    /// <summary>The type URI prefix, the same as the Merchant API's.</summary>
    public const string TypePrefix = "https://facepay.dev/problems/";

    /// <summary>Writes a problem with <paramref name="status"/>.</summary>
    public static Task Write(HttpContext context, int status, string title, string detail, string type)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Results.Problem(detail, statusCode: status, title: title, type: TypePrefix + type).ExecuteAsync(context);
    }
}
