namespace FacePay.MerchantApi.Operators;

/// <summary>
/// Keeps operator endpoints to callers on this machine until operator authentication guards them: a request from any
/// other address gets 403 problem details and reaches nothing.
/// </summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && System.Net.IPAddress.IsLoopback(remote))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            "Operator endpoints answer only on this machine until operator authentication is configured.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Operator endpoints are local only."));
    }
}
