using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FacePay.Telemetry;

/// <summary>
/// OpenTelemetry for the FacePay hosts: traces across HTTP requests, Orleans grain calls (with activity propagation
/// enabled on silos and clients, a request's trace continues through the grains it calls, in any process) and the
/// outgoing HTTP calls to the channels; metrics of FacePay (<c>FacePay.*</c> meters: orders, channels, face checks,
/// webhooks), Orleans, ASP.NET Core and HttpClient, scraped by Prometheus at <c>/metrics</c>.
/// </summary>
public static class FacePayTelemetryExtensions
{
    /// <summary>Every FacePay meter and activity source starts with this.</summary>
    public const string FacePaySources = "FacePay.*";

    // Grain calls made by application code (the runtime's own calls — membership, reminders — would drown them).
    private const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    /// <summary>Registers tracing and metrics for a host named <paramref name="serviceName"/> (e.g. <c>facepay-silo</c>).</summary>
    /// <exception cref="InvalidOperationException"><c>FacePay:Telemetry</c> is invalid.</exception>
    public static IHostApplicationBuilder AddFacePayTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        FacePayTelemetryOptions options;
        try
        {
            options = builder.Configuration.GetSection(FacePayTelemetryOptions.Section).Get<FacePayTelemetryOptions>() ?? new FacePayTelemetryOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"{FacePayTelemetryOptions.Section} is invalid: {ex.Message}", ex);
        }

        if (options.OtlpEndpoint is { IsAbsoluteUri: false })
        {
            throw new InvalidOperationException($"{FacePayTelemetryOptions.Section}:OtlpEndpoint must be an absolute URI.");
        }

        var otlp = options.OtlpEndpoint ?? (Uri.TryCreate(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var fromEnvironment) ? fromEnvironment : null);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + "-" + Environment.ProcessId))
            .WithTracing(tracing =>
            {
                tracing.AddSource(FacePaySources, OrleansApplicationSource)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsInfrastructure(context.Request.Path))
                    .AddHttpClientInstrumentation();
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }

                if (options.ConsoleTraces)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(FacePaySources, "Microsoft.Orleans")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return builder;
    }

    /// <summary>Maps the Prometheus scrape endpoint at <see cref="FacePayTelemetryOptions.MetricsPath"/>.</summary>
    public static WebApplication MapFacePayMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(FacePayTelemetryOptions.MetricsPath);
        return app;
    }

    // Health probes and scrapes would otherwise be most of the traces.
    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(FacePayTelemetryOptions.MetricsPath, StringComparison.Ordinal);
}
