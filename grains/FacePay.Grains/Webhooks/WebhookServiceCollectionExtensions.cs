using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FacePay.Grains.Webhooks;

/// <summary>Registers what <see cref="WebhookDispatcherGrain"/> needs on a silo.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WebhookDispatcherOptions"/> (validated at start), the <see cref="WebhookHttpSender.HttpClientName"/>
    /// HTTP client (no automatic redirects), <see cref="WebhookHttpSender"/> and <see cref="TimeProvider.System"/>
    /// when no clock is registered. The silo must also have the <c>facepay</c> grain storage, reminders and the
    /// <c>payments</c> stream provider with a PubSubStore.
    /// </summary>
    public static IServiceCollection AddFacePayWebhooks(
        this IServiceCollection services, Action<WebhookDispatcherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<WebhookDispatcherOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.IsValid(), "FacePay:Webhooks options are out of range (timeouts and periods > 0, compression ≥ 1, bounds > 0).")
            .ValidateOnStart();

        services.AddHttpClient(WebhookHttpSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect would send the signed body somewhere the merchant did not configure.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebhookHttpSender>();
        return services;
    }
}
