using FacePay.Domain;
using FacePay.Grains.Reconciliation;
using FacePay.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace FacePay.Grains.Tests.Reconciliation;

/// <summary>Registers reconciliation on the test silos: both sandbox accounts belong to the channel-test merchant; no daily reminder.</summary>
public sealed class ReconciliationTestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        ArgumentNullException.ThrowIfNull(siloBuilder);
        siloBuilder.Services.AddFacePayReconciliation(new ConfigurationBuilder().Build(), o =>
        {
            o.MerchantIds[PaymentChannel.Alipay] = ChannelTestSettings.MerchantId;
            o.MerchantIds[PaymentChannel.WechatPay] = ChannelTestSettings.MerchantId;
            o.BillDownloadTimeout = TimeSpan.FromSeconds(20);
            o.Schedule.Enabled = false;
        });
    }
}
