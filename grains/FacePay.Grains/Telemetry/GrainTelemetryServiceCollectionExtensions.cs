using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FacePay.Grains.Telemetry;

/// <summary>Registers the grains' metrics.</summary>
public static class GrainTelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="OrderMetrics"/>, <see cref="FaceCheckMetrics"/> and <see cref="WebhookMetrics"/>. Grains take them
    /// as optional dependencies, so a silo without this registration (a test silo) works without metrics.
    /// </summary>
    public static IServiceCollection AddFacePayGrainMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.TryAddSingleton<OrderMetrics>();
        services.TryAddSingleton<FaceCheckMetrics>();
        services.TryAddSingleton<WebhookMetrics>();
        return services;
    }
}
