using FacePay.Silo.Health;
using FacePay.Silo.Hosting;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);

// Channel keys can live in a file of their own (deploy/up.sh points it at the sandbox's credentials).
if (builder.Configuration["FacePay:ChannelsConfigFile"] is { Length: > 0 } channelsFile)
{
    builder.Configuration.AddJsonFile(channelsFile, optional: false, reloadOnChange: false);
}

builder.Services.AddFacePayServices(builder.Configuration);

// Give in-flight grain calls time to finish and the silo time to leave the membership table cleanly.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

builder.UseOrleans(silo =>
{
    silo.AddFacePayCluster();
    silo.UseKubernetesHostingWhenEnabled(builder.Configuration);
    silo.AddDashboard();
});

builder.Services.AddHealthChecks()
    .AddCheck<SiloActiveHealthCheck>("silo", tags: ["ready"]);

var app = builder.Build();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
app.MapOrleansDashboard(routePrefix: "/dashboard");
app.MapGet("/", () => Results.Redirect("/dashboard/"));

app.Run();
