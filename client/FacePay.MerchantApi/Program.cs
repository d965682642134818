using FacePay.Client;
using FacePay.MerchantApi.Apis;
using FacePay.MerchantApi.Health;
using FacePay.MerchantApi.Problems;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddFacePayClient();
builder.Services.AddReconciliationClient();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks()
    .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"]);
// Bodies of the order API are small; anything larger is a mistake or an attack.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1 * 1024 * 1024);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
app.MapOrdersApi();
app.MapReconciliationApi();

app.Run();

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
