using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Reconciliation;

/// <summary>Registers what <see cref="ReconciliationGrain"/> and the daily schedule need on a silo.</summary>
public static class ReconciliationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReconciliationOptions"/> bound from <paramref name="configuration"/> (the
    /// <see cref="ReconciliationOptions.Section"/> section) and validated at start, the start-up step that registers
    /// the daily reminder when <see cref="ReconciliationScheduleOptions.Enabled"/>, and <see cref="TimeProvider.System"/>
    /// when no clock is registered. The silo must also have the channels, grain storage and reminders.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The reconciliation section.</param>
    /// <param name="configure">Changes applied after binding (tests).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddFacePayReconciliation(
        this IServiceCollection services, IConfiguration configuration, Action<ReconciliationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<ReconciliationOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.PostConfigure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReconciliationOptions>, ReconciliationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ReconciliationScheduleStartup>();
        return services;
    }
}
