using Microsoft.Extensions.DependencyInjection;

namespace FacePay.Grains.Operations;

/// <summary>Registers the operations read model's settings.</summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="OperationsOptions"/> to <c>FacePay:Operations</c>, validated at start.</summary>
    public static IServiceCollection AddFacePayOperations(this IServiceCollection services)
    {
        services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
