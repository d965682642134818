using FacePay.Contracts.Orders;
using FacePay.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>Maps refused order commands to RFC 9457 problem details.</summary>
public static class OrderProblems
{
    /// <summary>The problem for a refused command.</summary>
    public static ProblemHttpResult From(OrderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (status, title) = result.Error switch
        {
            OrderError.NotFound => (StatusCodes.Status404NotFound, "Order not found."),
            OrderError.Conflict => (StatusCodes.Status409Conflict, "The order key is already used by a different order."),
            OrderError.InvalidRequest => (StatusCodes.Status400BadRequest, "The order request is invalid."),
            OrderError.AmountMismatch => (StatusCodes.Status422UnprocessableEntity, "The amount does not match the order."),
            _ => (StatusCodes.Status409Conflict, "The order cannot do that in its current state."),
        };
        return TypedResults.Problem(
            detail: result.Message,
            statusCode: status,
            title: title,
            type: $"https://facepay.dev/problems/{(result.Error?.ToString() ?? "error").ToUpperInvariant()}");
    }

    /// <summary>The problem for an order that does not exist.</summary>
    public static ProblemHttpResult NotFound(string merchantId, string outTradeNo) =>
        From(OrderResult.Refused(OrderError.NotFound, $"No order '{outTradeNo}' for merchant '{merchantId}'."));
}
