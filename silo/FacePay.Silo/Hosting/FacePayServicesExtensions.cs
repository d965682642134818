using FacePay.Channels;
using FacePay.Domain.Webhooks;
using FacePay.Face;
using FacePay.Face.Templates;
using FacePay.Grains.Face;
using FacePay.Grains.Orders;
using FacePay.Grains.Reconciliation;
using FacePay.Grains.Requests;
using FacePay.Grains.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FacePay.Silo.Hosting;

/// <summary>The services grains use: channel clients, order processing, face verification, webhook delivery and reconciliation.</summary>
public static class FacePayServicesExtensions
{
    /// <summary>The section holding <c>Alipay</c> and <c>WechatPay</c> client settings.</summary>
    public const string ChannelsSection = "FacePay:Channels";

    /// <summary>The list of waits between webhook attempts (<c>["00:01:00", "00:05:00", ...]</c>); absent = the default schedule.</summary>
    public const string WebhookRetryDelaysKey = WebhookDispatcherOptions.SectionName + ":RetryDelays";

    /// <summary>
    /// Registers, each from its own section and validated when the host starts (a misconfigured silo refuses to
    /// start rather than failing the first request):
    /// <list type="bullet">
    /// <item>order processing (<c>FacePay:Orders</c>) and the Merchant API's request guards (<c>FacePay:RequestGuards</c>);</item>
    /// <item>each channel whose section is present under <see cref="ChannelsSection"/> (a deployment may use one
    /// channel only; half a key set fails start);</item>
    /// <item>the face grains (<c>Face</c>: models from <c>Face:ModelDirectory</c>, default <c>~/.facepay/models</c>,
    /// which must hold the four model files; <c>Face:Checks</c>, <c>Face:Sessions</c>; template keys from
    /// <c>Face:Templates</c>, required);</item>
    /// <item>webhook delivery (<c>FacePay:Webhooks</c>, with <see cref="WebhookRetryDelaysKey"/> for the schedule);</item>
    /// <item>reconciliation and its daily schedule (<c>FacePay:Reconciliation</c>).</item>
    /// </list>
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

        services.AddOptions<RequestGuardOptions>()
            .BindConfiguration(RequestGuardOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        AddFace(services, configuration);
        AddWebhooks(services, configuration);
        return services;
    }

    private static void AddFace(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetSection(TemplateProtectionOptions.SectionName).Exists())
        {
            throw new InvalidOperationException(
                $"{TemplateProtectionOptions.SectionName} is required: members' face templates are encrypted with these keys " +
                $"(ActiveKeyId and Keys:<id>:Key, base64 32 bytes; see README, Configuration).");
        }

        services.AddFacePayFaceGrains(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceModelOptions>, FaceModelFilesValidator>());
    }

    private static void AddWebhooks(IServiceCollection services, IConfiguration configuration)
    {
        services.AddFacePayWebhooks();
        services.AddOptions<WebhookDispatcherOptions>().BindConfiguration(WebhookDispatcherOptions.SectionName);
        var delays = configuration.GetSection(WebhookRetryDelaysKey);
        if (delays.Exists())
        {
            var schedule = new WebhookRetrySchedule(delays.Get<TimeSpan[]>() ?? []);
            services.PostConfigure<WebhookDispatcherOptions>(o => o.RetrySchedule = schedule);
        }
    }
}
