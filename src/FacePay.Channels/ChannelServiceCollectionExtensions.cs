using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.Resilience;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Channels;

/// <summary>Registers the payment channels: options (validated at start), keys, typed HTTP clients, resilience.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>The name of the resilience sub-section inside a channel's section.</summary>
    public const string ResilienceSection = "Resilience";

    /// <summary>
    /// Adds the Alipay channel: <see cref="AlipayOptions"/> bound from <paramref name="configuration"/> (e.g. the
    /// <c>Channels:Alipay</c> section) with its <c>Resilience</c> sub-section; <see cref="AlipayClient"/> as a typed
    /// HTTP client; <see cref="IPaymentChannel"/> keyed by <see cref="ChannelKind.Alipay"/>; the
    /// <see cref="AlipayNotificationVerifier"/> and <see cref="AlipayNotificationReader"/> for inbound notifications.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The channel's configuration section.</param>
    /// <param name="configureHttpClient">Optional extra HTTP client configuration (e.g. a test handler).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddAlipayChannel(this IServiceCollection services, IConfiguration configuration, Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AlipayOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlipayOptions>, AlipayOptionsValidator>());
        services.TryAddSingleton<AlipayCredentials>();
        services.TryAddSingleton(sp => sp.GetRequiredService<AlipayCredentials>().NotificationVerifier);
        services.TryAddSingleton<AlipayNotificationReader>();
        var http = services.AddHttpClient<AlipayClient>();
        configureHttpClient?.Invoke(http);
        AddCommon(services, ChannelKind.Alipay, configuration);
        services.AddKeyedTransient<IPaymentChannel>(ChannelKind.Alipay, (sp, _) => Resilient(sp, ChannelKind.Alipay, sp.GetRequiredService<AlipayClient>()));
        return services;
    }

    /// <summary>
    /// Adds the WeChat Pay channel: <see cref="WechatPayOptions"/> bound from <paramref name="configuration"/> (e.g.
    /// <c>Channels:WechatPay</c>) with its <c>Resilience</c> sub-section; <see cref="WechatPayClient"/> as a typed
    /// HTTP client; <see cref="IPaymentChannel"/> keyed by <see cref="ChannelKind.WechatPay"/>;
    /// <see cref="WechatPayCredentials"/> and <see cref="WechatPayNotificationReader"/> for inbound notifications.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The channel's configuration section.</param>
    /// <param name="configureHttpClient">Optional extra HTTP client configuration (e.g. a test handler).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddWechatPayChannel(this IServiceCollection services, IConfiguration configuration, Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WechatPayOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WechatPayOptions>, WechatPayOptionsValidator>());
        services.TryAddSingleton<WechatPayCredentials>();
        services.TryAddSingleton<WechatPayNotificationReader>();
        var http = services.AddHttpClient<WechatPayClient>();
        configureHttpClient?.Invoke(http);
        AddCommon(services, ChannelKind.WechatPay, configuration);
        services.AddKeyedTransient<IPaymentChannel>(ChannelKind.WechatPay, (sp, _) => Resilient(sp, ChannelKind.WechatPay, sp.GetRequiredService<WechatPayClient>()));
        return services;
    }

    private static void AddCommon(IServiceCollection services, ChannelKind kind, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ChannelMetrics>();
        services.TryAddSingleton<IPaymentChannelProvider, PaymentChannelProvider>();
        services.AddOptions<ChannelResilienceOptions>(kind.ToString())
            .Bind(configuration.GetSection(ResilienceSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddKeyedSingleton(kind, (sp, _) =>
        {
            var resilience = new ChannelResilience(
                kind,
                sp.GetRequiredService<IOptionsMonitor<ChannelResilienceOptions>>().Get(kind.ToString()),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>());
            sp.GetRequiredService<ChannelMetrics>().ObserveBreaker(kind, () => resilience.CircuitState);
            return resilience;
        });
    }

    private static ResilientPaymentChannel Resilient(IServiceProvider sp, ChannelKind kind, IPaymentChannel client) =>
        new(client, sp.GetRequiredKeyedService<ChannelResilience>(kind), sp.GetRequiredService<ChannelMetrics>(), sp.GetRequiredService<TimeProvider>());
}
