using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>Maps refused order commands to RFC 9457 problem details (type <c>…/problems/{ERROR_CODE}</c>).</summary>
public static class OrderProblems
{
    /// <summary>The problem for a refused command.</summary>
    public static ProblemHttpResult From(OrderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var error = result.Error ?? OrderError.InvalidState;
        var (status, title) = error switch
        {
            OrderError.NotFound => (StatusCodes.Status404NotFound, "Order not found."),
            OrderError.UnknownRefund => (StatusCodes.Status404NotFound, "Refund not found."),
            OrderError.InvalidRequest => (StatusCodes.Status400BadRequest, "The request is invalid."),
            OrderError.Conflict => (StatusCodes.Status409Conflict, "The key is already used with a different request."),
            OrderError.AmountMismatch => (StatusCodes.Status422UnprocessableEntity, "The amount does not match the order."),
            OrderError.MemberMismatch => (StatusCodes.Status422UnprocessableEntity, "The member is not the order's member."),
            OrderError.InvalidVerificationToken => (StatusCodes.Status422UnprocessableEntity, "The verification token cannot pay this order."),
            OrderError.RefundExceedsPaid => (StatusCodes.Status422UnprocessableEntity, "The refund exceeds what can still be refunded."),
            OrderError.VerificationRequired => (StatusCodes.Status409Conflict, "A face verification is needed first."),
            OrderError.AlreadyPaid => (StatusCodes.Status409Conflict, "The order is already paid."),
            OrderError.AlreadyPaying => (StatusCodes.Status409Conflict, "A payment is in flight."),
            OrderError.OrderClosed => (StatusCodes.Status409Conflict, "The order is closed."),
            OrderError.Expired => (StatusCodes.Status409Conflict, "The order has expired."),
            OrderError.NotPaid => (StatusCodes.Status409Conflict, "The order is not paid."),
            OrderError.TooManyAttempts => (StatusCodes.Status409Conflict, "No more payment attempts are allowed."),
            _ => (StatusCodes.Status409Conflict, "The order cannot do that in its current state."),
        };
        return TypedResults.Problem(detail: result.Message, statusCode: status, title: title, type: ProblemTypes.Of(error.ToString()));
    }

    /// <summary>The problem for an order that does not exist.</summary>
    public static ProblemHttpResult NotFound(string outTradeNo) =>
        From(OrderResult.Refused(OrderError.NotFound, $"No order '{outTradeNo}' exists for this merchant."));
}
