using FacePay.Client;
using FacePay.MerchantApi.Apis;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Health;
using FacePay.MerchantApi.Idempotency;
using FacePay.MerchantApi.Limits;
using FacePay.MerchantApi.Operators;
using FacePay.MerchantApi.Problems;
using FacePay.MerchantApi.RateLimiting;
using FacePay.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace FacePay.MerchantApi.Extensions;

/// <summary>The one place that wires the Merchant API: the embedded FacePay client and everything around the endpoints.</summary>
public static class MerchantApiExtensions
{
    /// <summary>
    /// Registers the embedded cluster client (<see cref="FacePayClientHostingExtensions.AddFacePayClient"/>), the merchant
    /// options (<c>FacePay:Api</c>, validated at start), signature authentication, per-merchant rate limits, problem
    /// details, OpenAPI, health checks and OpenTelemetry.
    /// </summary>
    public static WebApplicationBuilder AddMerchantApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddFacePayClient();
        builder.Services.AddReconciliationClient();
        builder.AddFacePayTelemetry("facepay-merchant-api");

        var services = builder.Services;
        services.AddOptions<MerchantApiOptions>().BindConfiguration(MerchantApiOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MerchantApiOptions>, MerchantApiOptionsValidator>());
        services.AddSingleton<MerchantKeys>();
        services.TryAddSingleton(TimeProvider.System);

        // Unreadable bodies (malformed JSON, wrong types) throw, so BadRequestExceptionHandler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        services.AddAuthentication(MerchantClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, MerchantSignatureHandler>(MerchantClaims.Scheme, configureOptions: null);
        services.AddAuthorization();
        services.AddMerchantRateLimiting();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "FacePay Merchant API";
            document.Info.Description =
                "Every /v1 request is signed: headers FacePay-Key-Id, FacePay-Timestamp (Unix seconds, within 5 minutes), " +
                "FacePay-Nonce (new per request) and FacePay-Signature = v1=hex(HMAC-SHA256(secret, METHOD\\nPATH_AND_QUERY\\n" +
                "TIMESTAMP\\nNONCE\\nhex(SHA-256(body))\\n)). Every POST carries an Idempotency-Key. Errors are RFC 9457 " +
                "problem details. See the repository README, section Merchant API.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// The pipeline — problem details for every error, per-endpoint body limits before anything reads a body, signature
    /// authentication, rate limits, idempotency keys — and the endpoints: <c>/v1/…</c> (signed), <c>/notify/…</c>
    /// (channel-signed), <c>/openapi/v1.json</c>, <c>/scalar/v1</c>, <c>/health/live</c>, <c>/health/ready</c>, <c>/metrics</c>.
    /// </summary>
    public static WebApplication MapMerchantApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<MerchantApiOptions>>().Value;

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapFacePayMetrics();

        var v1 = app.MapGroup("/v1")
            .RequireAuthorization()
            .RequireRateLimiting(MerchantRateLimiting.Policy)
            .WithMetadata(RequiresIdempotencyKey.Instance);
        v1.MapOrdersApi();
        v1.MapFacePayApi(options);
        v1.MapRefundsApi();
        v1.MapMembersApi(options);
        v1.MapEventsApi();
        app.MapNotifyApi(options);

        // Operator endpoints sit beside the merchant ones, never under the merchant signature scheme.
        app.MapReconciliationApi().AddEndpointFilter<LoopbackOnlyFilter>();
        return app;
    }
}
