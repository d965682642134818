using System.Globalization;
using FacePay.Client;
using FacePay.Reconciliation.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>
/// The operator's <c>/v1/reconciliation</c> endpoints: start a channel's day and read its progress and report.
/// Operator-facing: operator authentication is not there yet, so deployments must keep this route off the public
/// listener until it is.
/// </summary>
public static class ReconciliationApi
{
    /// <summary>Maps the reconciliation endpoints.</summary>
    public static RouteGroupBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/reconciliation").WithTags("Reconciliation");
        api.MapPost("/{channel}/{date}/runs", StartAsync)
            .WithName("StartReconciliation")
            .WithSummary("Start reconciling a channel's bill of one day (alipay or wechatpay, yyyy-MM-dd); a run in progress is joined.");
        api.MapGet("/{channel}/{date}", GetAsync)
            .WithName("GetReconciliation")
            .WithSummary("Progress of the current run and the last report of a channel's day.");
        return api;
    }

    /// <summary>Starts a run; answers 202 with the status to follow at the <c>Location</c>.</summary>
    public static async Task<Results<Accepted<ReconciliationDocument>, ProblemHttpResult>> StartAsync(
        string channel, string date, IReconciliationClient client, CancellationToken cancellationToken)
    {
        if (Problem(channel, date, out var key) is { } problem)
        {
            return problem;
        }

        var status = await client.StartAsync(key.Channel, key.Date, cancellationToken);
        return TypedResults.Accepted($"/v1/reconciliation/{channel}/{date}", ReconciliationDocument.From(status));
    }

    /// <summary>Reads a day's status and report.</summary>
    public static async Task<Results<Ok<ReconciliationDocument>, ProblemHttpResult>> GetAsync(
        string channel, string date, IReconciliationClient client, CancellationToken cancellationToken)
    {
        if (Problem(channel, date, out var key) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(ReconciliationDocument.From(await client.GetStatusAsync(key.Channel, key.Date, cancellationToken)));
    }

    private static ProblemHttpResult? Problem(string channel, string date, out ReconciliationKey key)
    {
        key = default;
        if (!ReconciliationKey.TryParseChannel(channel, out var parsedChannel))
        {
            return BadRequest($"'{channel}' is not a channel: use alipay or wechatpay.");
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
        {
            return BadRequest($"'{date}' is not a date: use yyyy-MM-dd.");
        }

        key = new ReconciliationKey(parsedChannel, parsedDate);
        return null;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The reconciliation request is invalid.", type: "https://facepay.dev/problems/INVALIDREQUEST");
}
