using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FacePay.Client.Operations;

/// <summary>Adds the operator's <see cref="IOperationsClient"/> next to <see cref="FacePayClientHostingExtensions.AddFacePayClient"/>.</summary>
public static class OperationsClientExtensions
{
    /// <summary>Registers <see cref="IOperationsClient"/> (the Orleans client must be registered too).</summary>
    public static IServiceCollection AddOperationsClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOperationsClient, OperationsClient>();
        return services;
    }
}
