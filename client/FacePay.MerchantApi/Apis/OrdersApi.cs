using System.Security.Claims;
using FacePay.Client;
using FacePay.Domain;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>The <c>/v1/orders</c> endpoints: create, read, close, history. The merchant is the API key's.</summary>
public static class OrdersApi
{
    /// <summary>Maps the order endpoints.</summary>
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var api = v1.MapGroup("/orders").WithTags("Orders");

        api.MapPost("/", CreateOrderAsync)
            .WithName("CreateOrder")
            .WithSummary("Create an order (idempotent by outTradeNo: the same body again answers 200 with the same order).");
        api.MapGet("/{outTradeNo}", GetOrderAsync)
            .WithName("GetOrder")
            .WithSummary("Read an order.");
        api.MapPost("/{outTradeNo}/close", CloseOrderAsync)
            .WithName("CloseOrder")
            .WithSummary("Close an unpaid order.");
        api.MapGet("/{outTradeNo}/history", GetHistoryAsync)
            .WithName("GetOrderHistory")
            .WithSummary("Every accepted change of an order, oldest first.");
        return api;
    }

    /// <summary>Creates an order; the same request again answers 200 with the same order.</summary>
    public static async Task<Results<Created<OrderResponse>, Ok<OrderResponse>, ValidationProblem, ProblemHttpResult>> CreateOrderAsync(
        CreateOrderRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!CreateOrderRequestValidator.TryValidate(request, user.GetMerchantId(), out var order, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The order request is invalid.", type: ProblemTypes.Validation);
        }

        var result = await client.CreateOrderAsync(order, cancellationToken);
        if (!result.Succeeded)
        {
            return OrderProblems.From(result);
        }

        var body = OrderResponse.From(result.Order);
        return result.Replayed ? TypedResults.Ok(body) : TypedResults.Created($"/v1/orders/{body.OutTradeNo}", body);
    }

    /// <summary>Reads an order.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetOrderAsync(
        string outTradeNo, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var key))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var view = await client.GetOrderAsync(key, cancellationToken);
        return view is null ? OrderProblems.NotFound(outTradeNo) : TypedResults.Ok(OrderResponse.From(view));
    }

    /// <summary>Closes an unpaid order.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> CloseOrderAsync(
        string outTradeNo, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var key))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var result = await client.CloseOrderAsync(key, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(OrderResponse.From(result.Order)) : OrderProblems.From(result);
    }

    /// <summary>Reads an order's history.</summary>
    public static async Task<Results<Ok<IReadOnlyList<OrderHistoryResponse>>, ProblemHttpResult>> GetHistoryAsync(
        string outTradeNo, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var key))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var history = await client.GetOrderHistoryAsync(key, cancellationToken);
        return history.Count == 0
            ? OrderProblems.NotFound(outTradeNo)
            : TypedResults.Ok<IReadOnlyList<OrderHistoryResponse>>([.. history.Select(OrderHistoryResponse.From)]);
    }
}
