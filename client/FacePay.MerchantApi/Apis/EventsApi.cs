using System.Security.Claims;
using FacePay.Client;
using FacePay.Contracts.Webhooks;
using FacePay.Domain.Webhooks;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>The merchant's payment events: webhook endpoint, dead letters, replay.</summary>
public static class EventsApi
{
    /// <summary>Maps the event endpoints.</summary>
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var api = v1.MapGroup("/events").WithTags("Events");
        api.MapPut("/webhook", ConfigureWebhookAsync)
            .WithName("ConfigureWebhook")
            .WithSummary("Set the webhook URL and signing secret (events are POSTed with a FacePay-Signature header).");
        api.MapGet("/webhook", GetWebhookAsync)
            .WithName("GetWebhook")
            .WithSummary("The webhook endpoint (secret as a fingerprint) and delivery counters.");
        api.MapGet("/dead-letters", GetDeadLettersAsync)
            .WithName("GetDeadLetters")
            .WithSummary("Events whose delivery was given up after the retry schedule.");
        api.MapPost("/replays", ReplayAsync)
            .WithName("ReplayDeadLetter")
            .WithSummary("Send a dead letter again, byte for byte, with a fresh retry schedule.");
        return api;
    }

    /// <summary>Configures the webhook endpoint.</summary>
    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> ConfigureWebhookAsync(
        ConfigureWebhookRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            errors["url"] = ["url is required: an absolute https URL."];
        }

        if (!WebhookSigner.IsAcceptableSecret(request.Secret))
        {
            errors["secret"] = [$"secret is required: at least {WebhookSigner.MinSecretLength} bytes, used to sign every delivery."];
        }

        if (errors.Count > 0)
        {
            return ProblemTypes.Fields(errors, "The webhook configuration is invalid.");
        }

        var merchantId = user.GetMerchantId();
        try
        {
            var configuration = await client.ConfigureWebhookAsync(merchantId, new WebhookEndpoint(request.Url!, request.Secret!, request.Enabled ?? true), cancellationToken);
            return TypedResults.Ok(WebhookResponse.From(configuration, await client.GetWebhookStatsAsync(merchantId, cancellationToken)));
        }
        catch (ArgumentException)
        {
            // The dispatcher's own rule refused the URL: https (plain http only where the silos allow it), no credentials.
            return ProblemTypes.Field("url", "url must be an absolute https URL without credentials (plain http only where the cluster allows it).");
        }
    }

    /// <summary>Reads the webhook endpoint and counters.</summary>
    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetWebhookAsync(
        ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        var merchantId = user.GetMerchantId();
        var configuration = await client.GetWebhookAsync(merchantId, cancellationToken);
        return configuration is null
            ? TypedResults.Problem(detail: "No webhook endpoint is configured; PUT /v1/events/webhook sets one.", statusCode: StatusCodes.Status404NotFound, title: "No webhook endpoint.", type: ProblemTypes.NotFound)
            : TypedResults.Ok(WebhookResponse.From(configuration, await client.GetWebhookStatsAsync(merchantId, cancellationToken)));
    }

    /// <summary>Lists dead letters, oldest first.</summary>
    public static async Task<Ok<IReadOnlyList<DeadLetterResponse>>> GetDeadLettersAsync(ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        var letters = await client.GetWebhookDeadLettersAsync(user.GetMerchantId(), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeadLetterResponse>>([.. letters.Select(DeadLetterResponse.From)]);
    }

    /// <summary>Replays a dead letter.</summary>
    public static async Task<Results<Accepted<ReplayResponse>, ProblemHttpResult>> ReplayAsync(
        ReplayRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.EventId) || request.EventId.Length > 200)
        {
            return ProblemTypes.Field("eventId", "eventId is required: the id of a dead letter (GET /v1/events/dead-letters).");
        }

        var result = await client.ReplayWebhookAsync(user.GetMerchantId(), request.EventId, cancellationToken);
        return result == WebhookReplayResult.Requeued
            ? TypedResults.Accepted((string?)null, new ReplayResponse(request.EventId, result.ToString()))
            : TypedResults.Problem(detail: $"No dead letter has event id '{request.EventId}'.", statusCode: StatusCodes.Status404NotFound, title: "Dead letter not found.", type: ProblemTypes.NotFound);
    }
}
