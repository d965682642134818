using FacePay.Client.Operations;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Operations;
using FacePay.MerchantApi.Apis;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using FacePay.Operators.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Operators;

/// <summary>
/// The operator JSON API under <c>/ops/api</c> (console cookie, or Basic/Bearer operator credentials; never a merchant
/// key): the console's figures and the operator actions, each changing one order or one webhook, plus reconciliation.
/// </summary>
public static class OperationsApi
{
    /// <summary>Maps the operator API under <paramref name="prefix"/>.</summary>
    public static RouteGroupBuilder MapOperationsApi(this IEndpointRouteBuilder app, string prefix)
    {
        var api = app.MapGroup(prefix)
            .RequireAuthorization(OperatorAuthentication.Policy)
            .AddEndpointFilter<ConsoleRequestFilter>()
            .WithTags("Operators");
        api.MapGet("/overview", GetOverviewAsync)
            .WithName("GetOperationsOverview")
            .WithSummary("Everything the payments console shows: activity over time, orders waiting, failures, channel and face health, webhooks, reconciliation.");
        api.MapGet("/merchants/{merchantId}", GetMerchantAsync).WithName("GetMerchantOperations").WithSummary("One merchant's operations read model.");
        api.MapPost("/orders/{merchantId}/{outTradeNo}/query", QueryChannelAsync)
            .WithName("QueryOrderAtChannel")
            .WithSummary("Ask the channel where the order's payment and refunds stand and apply the verified answer.");
        api.MapPost("/orders/{merchantId}/{outTradeNo}/close", CloseOrderAsync)
            .WithName("CloseOrderAsOperator")
            .WithSummary("Close an unpaid order (e.g. one past its expiry); paid orders and charges in flight are refused.");
        api.MapPost("/webhooks/{merchantId}/replays", ReplayAsync)
            .WithName("ReplayDeadLetterAsOperator")
            .WithSummary("Send a dead-lettered webhook again, byte for byte (body: eventId).");
        api.MapReconciliationApi();
        return api;
    }

    /// <summary>The console's figures; <paramref name="minutes"/> of timeline (5–360, default 60).</summary>
    public static async Task<Results<Ok<OperationsOverview>, ProblemHttpResult>> GetOverviewAsync(
        IOperationsClient operations, CancellationToken cancellationToken, int minutes = 60)
    {
        if (minutes is < 5 or > 360)
        {
            return BadRequest("minutes must be between 5 and 360.");
        }

        return TypedResults.Ok(await operations.GetOverviewAsync(TimeSpan.FromMinutes(minutes), cancellationToken));
    }

    /// <summary>One merchant's read model.</summary>
    public static async Task<Results<Ok<MerchantOperationsView>, ProblemHttpResult>> GetMerchantAsync(
        string merchantId, IOperationsClient operations, CancellationToken cancellationToken) =>
        OrderKey.IsValidMerchantId(merchantId)
            ? TypedResults.Ok(await operations.GetMerchantAsync(merchantId, cancellationToken))
            : BadRequest($"'{merchantId}' is not a merchant id.");

    /// <summary>Queries the channel about an order and applies the answer.</summary>
    public static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> QueryChannelAsync(
        string merchantId, string outTradeNo, IOperationsClient operations, CancellationToken cancellationToken) =>
        OnOrderAsync(merchantId, outTradeNo, key => operations.QueryChannelAsync(key, cancellationToken));

    /// <summary>Closes an unpaid order as the operator.</summary>
    public static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> CloseOrderAsync(
        string merchantId, string outTradeNo, IOperationsClient operations, CancellationToken cancellationToken) =>
        OnOrderAsync(merchantId, outTradeNo, key => operations.CloseOrderAsync(key, cancellationToken));

    /// <summary>Replays a dead letter.</summary>
    public static async Task<Results<Ok<ReplayResponse>, ProblemHttpResult>> ReplayAsync(
        string merchantId, ReplayDeadLetterRequest request, IOperationsClient operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrderKey.IsValidMerchantId(merchantId) || string.IsNullOrWhiteSpace(request.EventId))
        {
            return BadRequest("A merchant id in the path and an eventId in the body are required.");
        }

        var result = await operations.ReplayDeadLetterAsync(merchantId, request.EventId, cancellationToken);
        return result == WebhookReplayResult.Requeued
            ? TypedResults.Ok(new ReplayResponse(request.EventId, result.ToString()))
            : TypedResults.Problem($"Merchant {merchantId} has no dead letter '{request.EventId}'.", statusCode: StatusCodes.Status404NotFound,
                title: "Dead letter not found.", type: ProblemTypes.NotFound);
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> OnOrderAsync(
        string merchantId, string outTradeNo, Func<OrderKey, Task<OrderResult>> action)
    {
        if (!OrderKey.TryCreate(merchantId, outTradeNo, out var key))
        {
            return OrderProblems.From(OrderResult.Refused(OrderError.NotFound, $"No order '{outTradeNo}' exists for merchant '{merchantId}'."));
        }

        var result = await action(key);
        return result.Succeeded ? TypedResults.Ok(OrderResponse.From(result.Order!)) : OrderProblems.From(result);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The operator request is invalid.", type: ProblemTypes.Of("InvalidRequest"));
}
