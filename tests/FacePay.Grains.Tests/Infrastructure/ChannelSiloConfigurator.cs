using FacePay.Channels;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Grains.Orders;
using FacePay.Sandbox.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>Points the test silos' Alipay and WeChat Pay clients at the in-process channel sandbox.</summary>
public sealed class ChannelSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var configuration = siloBuilder.Configuration;
        var credentials = SandboxCredentials.Load(configuration[ChannelTestSettings.CredentialsDirectoryKey]!);
        var baseUrl = new Uri(configuration[ChannelTestSettings.BaseUrlKey]!);
        var notifyBase = configuration[ChannelTestSettings.NotifyBaseUrlKey]!;

        // Short windows so unknown outcomes resolve within a test; the production defaults are seconds and a minute.
        siloBuilder.Services.AddOptions<OrderProcessingOptions>().Configure(o =>
        {
            o.QueryInterval = TimeSpan.FromMilliseconds(200);
            o.QueryWindow = TimeSpan.FromSeconds(3);
            o.RecoveryPeriod = TimeSpan.FromSeconds(2);
        });

        var empty = new ConfigurationBuilder().Build();
        siloBuilder.Services.AddAlipayChannel(empty);
        siloBuilder.Services.PostConfigure<AlipayOptions>(o =>
        {
            credentials.ConfigureAlipay(o, new Uri(baseUrl, "alipay/gateway.do"), new Uri($"{notifyBase}/notify/alipay/{ChannelTestSettings.MerchantId}"));
            o.Timeout = TimeSpan.FromSeconds(2);
        });
        siloBuilder.Services.AddWechatPayChannel(empty);
        siloBuilder.Services.PostConfigure<WechatPayOptions>(o =>
        {
            credentials.ConfigureWechatPay(o, baseUrl, new Uri($"{notifyBase}/notify/wechatpay/{ChannelTestSettings.MerchantId}"));
            o.Timeout = TimeSpan.FromSeconds(2);
        });
    }
}
