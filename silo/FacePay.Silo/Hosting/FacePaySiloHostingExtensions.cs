using FacePay.Grains.Telemetry;
using FacePay.Silo.Health;
using FacePay.Telemetry;
using Orleans.Dashboard;

namespace FacePay.Silo.Hosting;

/// <summary>The one place that turns an ASP.NET Core host into a FacePay silo.</summary>
public static class FacePaySiloHostingExtensions
{
    /// <summary>
    /// Wires the silo: the channel keys file (<see cref="ChannelsConfigurationFile"/>), the grains' services
    /// (<see cref="FacePayServicesExtensions.AddFacePayServices"/>: orders, channels, face, webhooks), the Orleans
    /// silo on PostgreSQL (<see cref="FacePaySiloBuilderExtensions.AddFacePayCluster"/>) with its dashboard, a
    /// graceful shutdown window, health checks and OpenTelemetry (traces through grain calls and channel HTTP, metrics for
    /// Prometheus), and Kubernetes hosting when <c>FacePay:Silo:Kubernetes:Enabled</c> is set. Every setting is bound to typed options validated at start.
    /// </summary>
    public static WebApplicationBuilder AddFacePaySilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddFacePayChannelsFile();
        builder.Services.AddFacePayServices(builder.Configuration);
        builder.Services.AddFacePayGrainMetrics();
        builder.AddFacePayTelemetry("facepay-silo");

        // Give in-flight grain calls time to finish and the silo time to leave the membership table cleanly.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        builder.UseOrleans(silo =>
        {
            silo.AddFacePayCluster();
            silo.UseKubernetesHostingWhenEnabled(builder.Configuration);
            silo.AddActivityPropagation();
            silo.AddDashboard();
        });

        builder.Services.AddHealthChecks()
            .AddCheck<SiloActiveHealthCheck>("silo", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Maps the silo's HTTP endpoints: <c>/health/live</c> (the process answers), <c>/health/ready</c> (the silo is
    /// Active in the cluster), Prometheus <c>/metrics</c> and the Orleans dashboard under <c>/dashboard</c>.
    /// </summary>
    public static WebApplication MapFacePaySilo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapFacePayMetrics();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        app.MapGet("/", () => Results.Redirect("/dashboard/"));
        return app;
    }
}
