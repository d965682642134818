using System.Security.Claims;
using FacePay.Client;
using FacePay.Contracts.Orders;
using FacePay.Domain;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>Refunds of an order: create (idempotent by <c>outRefundNo</c>) and read.</summary>
public static class RefundsApi
{
    private const int MaxReasonLength = 80;

    /// <summary>Maps the refund endpoints.</summary>
    public static RouteGroupBuilder MapRefundsApi(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var api = v1.MapGroup("/orders/{outTradeNo}/refunds").WithTags("Refunds");
        api.MapPost("/", CreateRefundAsync)
            .WithName("CreateRefund")
            .WithSummary("Refund part or all of a paid order; the refunds never add up to more than was paid.");
        api.MapGet("/{outRefundNo}", GetRefundAsync)
            .WithName("GetRefund")
            .WithSummary("Read a refund.");
        return api;
    }

    /// <summary>Requests a refund: 201 when accepted (Pending or already Succeeded), 200 for the same refund again.</summary>
    public static async Task<Results<Created<RefundResponse>, Ok<RefundResponse>, ProblemHttpResult>> CreateRefundAsync(
        string outTradeNo, CreateRefundRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var key))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var errors = new Dictionary<string, string[]>();
        if (request.OutRefundNo is not { Length: > 0 and <= Order.MaxOutRefundNoLength } number || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            errors["outRefundNo"] = [$"outRefundNo is required: 1-{Order.MaxOutRefundNoLength} characters of letters, digits or '_', unique per order."];
        }

        if (request.Amount is not > 0)
        {
            errors["amount"] = ["amount must be a positive whole number of minor units of the order's currency."];
        }

        if (request.Reason is { Length: > MaxReasonLength })
        {
            errors["reason"] = [$"reason is at most {MaxReasonLength} characters."];
        }

        if (errors.Count > 0)
        {
            return ProblemTypes.Fields(errors, "The refund request is invalid.");
        }

        if (await client.GetOrderAsync(key, cancellationToken) is not { } order)
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var refund = new RefundOrder(request.OutRefundNo!, new Money(request.Amount!.Value, order.Amount.Currency), request.Reason);
        var result = await client.RefundAsync(key, refund, cancellationToken);
        if (!result.Succeeded || result.Order.FindRefund(refund.OutRefundNo) is not { } accepted)
        {
            return OrderProblems.From(result);
        }

        var body = RefundResponse.From(accepted);
        return result.Replayed
            ? TypedResults.Ok(body)
            : TypedResults.Created($"/v1/orders/{outTradeNo}/refunds/{body.OutRefundNo}", body);
    }

    /// <summary>Reads a refund.</summary>
    public static async Task<Results<Ok<RefundResponse>, ProblemHttpResult>> GetRefundAsync(
        string outTradeNo, string outRefundNo, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var key))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var refund = await client.GetRefundAsync(key, outRefundNo, cancellationToken);
        return refund is null
            ? OrderProblems.From(OrderResult.Refused(OrderError.UnknownRefund, $"No refund '{outRefundNo}' exists on order '{outTradeNo}'."))
            : TypedResults.Ok(RefundResponse.From(refund));
    }
}
