using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FacePay.Client;

/// <summary>Adds the operator's reconciliation client next to <see cref="FacePayClientHostingExtensions.AddFacePayClient"/>.</summary>
public static class ReconciliationClientExtensions
{
    /// <summary>Registers <see cref="IReconciliationClient"/> (the Orleans client must be registered too).</summary>
    public static IServiceCollection AddReconciliationClient(this IServiceCollection services)
    {
        services.TryAddSingleton<IReconciliationClient, ReconciliationClient>();
        return services;
    }
}
