using FacePay.Client;
using FacePay.Domain;
using FacePay.MerchantApi.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>The <c>/v1/orders</c> endpoints.</summary>
public static class OrdersApi
{
    /// <summary>Maps the order endpoints.</summary>
    public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/orders").WithTags("Orders");

        api.MapPost("/", CreateOrderAsync)
            .WithName("CreateOrder")
            .WithSummary("Create an order (idempotent by merchantId + outTradeNo).");
        api.MapGet("/{merchantId}/{outTradeNo}", GetOrderAsync)
            .WithName("GetOrder")
            .WithSummary("Read an order.");
        api.MapPost("/{merchantId}/{outTradeNo}/close", CloseOrderAsync)
            .WithName("CloseOrder")
            .WithSummary("Close an unpaid order.");

        return api;
    }

    /// <summary>Creates an order; the same request again answers 200 with the same order.</summary>
    public static async Task<Results<Created<OrderResponse>, Ok<OrderResponse>, ValidationProblem, ProblemHttpResult>> CreateOrderAsync(
        CreateOrderRequest request,
        IFacePayClient client,
        CancellationToken cancellationToken)
    {
        if (!CreateOrderRequestValidator.TryValidate(request, out var order, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The order request is invalid.");
        }

        var result = await client.CreateOrderAsync(order, cancellationToken);
        if (!result.Succeeded)
        {
            return OrderProblems.From(result);
        }

        var body = OrderResponse.From(result.Order);
        return result.Replayed
            ? TypedResults.Ok(body)
            : TypedResults.Created($"/v1/orders/{body.MerchantId}/{body.OutTradeNo}", body);
    }

    /// <summary>Reads an order.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetOrderAsync(
        string merchantId,
        string outTradeNo,
        IFacePayClient client,
        CancellationToken cancellationToken)
    {
        if (!OrderKey.IsValidMerchantId(merchantId) || !OrderKey.IsValidOutTradeNo(outTradeNo))
        {
            return OrderProblems.NotFound(merchantId, outTradeNo);
        }

        var view = await client.GetOrderAsync(new OrderKey(merchantId, outTradeNo), cancellationToken);
        return view is null ? OrderProblems.NotFound(merchantId, outTradeNo) : TypedResults.Ok(OrderResponse.From(view));
    }

    /// <summary>Closes an unpaid order.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> CloseOrderAsync(
        string merchantId,
        string outTradeNo,
        IFacePayClient client,
        CancellationToken cancellationToken)
    {
        if (!OrderKey.IsValidMerchantId(merchantId) || !OrderKey.IsValidOutTradeNo(outTradeNo))
        {
            return OrderProblems.NotFound(merchantId, outTradeNo);
        }

        var result = await client.CloseOrderAsync(new OrderKey(merchantId, outTradeNo), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(OrderResponse.From(result.Order)) : OrderProblems.From(result);
    }
}
