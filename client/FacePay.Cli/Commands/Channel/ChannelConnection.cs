using FacePay.Channels;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FacePay.Cli.Commands.Channel;

/// <summary>
/// One channel registered exactly as a silo registers it (<see cref="ChannelServiceCollectionExtensions"/>: the same
/// options binding and validators, the same clients, keys and notification readers), plus an
/// <see cref="ExchangeRecorder"/> on the client's HTTP chain. Commands call the raw client, not the resilient
/// channel: an operator troubleshooting a channel wants one call and its answer, not retries.
/// </summary>
internal sealed class ChannelConnection : IDisposable
{
    private readonly ServiceProvider _services;

    private ChannelConnection(ServiceProvider services, ExchangeLog exchanges)
    {
        _services = services;
        Exchanges = exchanges;
    }

    /// <summary>The channel's answers as received.</summary>
    public ExchangeLog Exchanges { get; }

    /// <summary>Registers Alipay from its merged settings section.</summary>
    /// <exception cref="CliException">The settings do not pass the channel's validation (unreadable key, bad URL).</exception>
    public static ChannelConnection OpenAlipay(IConfiguration settings) =>
        Open<AlipayOptions>("Alipay", clock: null, (services, http) => services.AddAlipayChannel(settings, http));

    /// <summary>Registers WeChat Pay from its merged settings section.</summary>
    /// <param name="settings">The merged section.</param>
    /// <param name="clock">The clock for the ±5 minute timestamp window; null for the system clock.</param>
    /// <exception cref="CliException">The settings do not pass the channel's validation.</exception>
    public static ChannelConnection OpenWechatPay(IConfiguration settings, TimeProvider? clock = null) =>
        Open<WechatPayOptions>("WechatPay", clock, (services, http) => services.AddWechatPayChannel(settings, http));

    /// <summary>A service of the channel (its client, credentials or notification reader).</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    private static ChannelConnection Open<TOptions>(string channel, TimeProvider? clock, Action<IServiceCollection, Action<IHttpClientBuilder>> register)
        where TOptions : class
    {
        var exchanges = new ExchangeLog();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            // Registered before the channel, whose own registration only adds the system clock when none is present.
            services.AddSingleton(clock);
        }

        register(services, http => http.AddHttpMessageHandler(() => new ExchangeRecorder(exchanges)));
        var provider = services.BuildServiceProvider();
        try
        {
            // Validates now (the silo does it at start) so a bad key is reported before anything is sent.
            _ = provider.GetRequiredService<IOptions<TOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            provider.Dispose();
            throw new CliException($"{channel} settings are invalid: {string.Join(" ", ex.Failures)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // The binder could not convert a value (e.g. Timeout "soon").
            provider.Dispose();
            throw new CliException($"{channel} settings are invalid: {ex.Message}", ex);
        }

        return new ChannelConnection(provider, exchanges);
    }
}
