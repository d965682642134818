using FacePay.Channels;
using FacePay.Grains.Orders;
using FacePay.Grains.Reconciliation;

namespace FacePay.Silo.Hosting;

/// <summary>The services grains use: channel clients, order processing and reconciliation settings.</summary>
public static class FacePayServicesExtensions
{
    /// <summary>The section holding <c>Alipay</c> and <c>WechatPay</c> client settings.</summary>
    public const string ChannelsSection = "FacePay:Channels";

    /// <summary>
    /// Registers each channel whose section is present (a deployment may use one channel only) and the order
    /// processing options. Channel settings are validated at start: a silo with half a key set refuses to start.
    /// </summary>
    public static IServiceCollection AddFacePayServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OrderProcessingOptions>()
            .BindConfiguration(OrderProcessingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddFacePayReconciliation(configuration.GetSection(ReconciliationOptions.Section));

        var alipay = configuration.GetSection($"{ChannelsSection}:Alipay");
        if (alipay.Exists())
        {
            services.AddAlipayChannel(alipay);
        }

        var wechatPay = configuration.GetSection($"{ChannelsSection}:WechatPay");
        if (wechatPay.Exists())
        {
            services.AddWechatPayChannel(wechatPay);
        }

        return services;
    }
}
