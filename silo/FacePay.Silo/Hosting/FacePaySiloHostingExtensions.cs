using FacePay.Grains.Operations;
using FacePay.Grains.Telemetry;
using FacePay.Operators;
using FacePay.Operators.Authentication;
using FacePay.Operators.Dashboard;
using FacePay.Silo.Health;
using FacePay.Silo.Operations;
using FacePay.Telemetry;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace FacePay.Silo.Hosting;

/// <summary>The one place that turns an ASP.NET Core host into a FacePay silo.</summary>
public static partial class FacePaySiloHostingExtensions
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

        // The operations read model's settings, and this silo's figures pushed to the cluster grain every few seconds.
        builder.Services.AddFacePayOperations();
        builder.Services.AddSingleton<SiloFiguresCollector>();
        builder.Services.AddHostedService<SiloFiguresPublisher>();
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

        // Operators (FacePay:Operators) open the dashboard with Basic or Bearer credentials; see MapFacePaySilo.
        builder.Services.AddAuthentication().AddFacePayOperators();
        return builder;
    }

    /// <summary>
    /// Maps the silo's HTTP endpoints: <c>/health/live</c> (the process answers), <c>/health/ready</c> (the silo is
    /// Active in the cluster), Prometheus <c>/metrics</c> and the Orleans dashboard under <c>/dashboard</c>. The dashboard
    /// asks for operator credentials (<see cref="OperatorAuthentication.Policy"/>) unless the silo runs in Development on
    /// loopback addresses only and <c>FacePay:Operators:Dashboard</c> is not <c>Always</c> (<see cref="DashboardProtectionRule"/>).
    /// </summary>
    public static WebApplication MapFacePaySilo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapFacePayMetrics();

        var operators = app.Services.GetRequiredService<IOptions<OperatorOptions>>().Value;
        var urls = (app.Configuration[WebHostDefaults.ServerUrlsKey] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dashboard = app.MapOrleansDashboard(routePrefix: "/dashboard");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FacePaySiloHostingExtensions).FullName!);
        if (DashboardProtectionRule.IsRequired(operators.Dashboard, app.Environment.IsDevelopment(), urls))
        {
            dashboard.RequireAuthorization(OperatorAuthentication.Policy);
            LogDashboardProtected(logger, operators.Accounts.Count);
        }
        else
        {
            LogDashboardOpen(logger);
        }

        app.MapGet("/", () => Results.Redirect("/dashboard/"));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The Orleans dashboard asks for operator credentials ({Count} operator account(s) configured)")]
    private static partial void LogDashboardProtected(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Orleans dashboard is open without credentials: Development on loopback only (set FacePay:Operators:Dashboard=Always to protect it)")]
    private static partial void LogDashboardOpen(ILogger logger);
}
