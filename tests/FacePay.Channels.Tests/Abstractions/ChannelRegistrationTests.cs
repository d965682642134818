using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.Resilience;
using FacePay.Channels.Tests.Fakes;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Tests.Abstractions;

public sealed class ChannelRegistrationTests
{
    private static Dictionary<string, string?> AlipaySettings() => new()
    {
        ["GatewayUrl"] = FakeAlipayGateway.GatewayUrl.ToString(),
        ["AppId"] = FakeAlipayGateway.AppId,
        ["AppPrivateKeyPem"] = TestKeys.PrivatePkcs8Pem(TestKeys.App),
        ["AlipayPublicKeyPem"] = TestKeys.PublicPem(TestKeys.Alipay),
        ["Resilience:MaxRetryAttempts"] = "1",
    };

    private static Dictionary<string, string?> WechatSettings() => new()
    {
        ["BaseUrl"] = FakeWechatPayGateway.BaseUrl.ToString(),
        ["MchId"] = FakeWechatPayGateway.MchId,
        ["AppId"] = FakeWechatPayGateway.AppId,
        ["MerchantPrivateKeyPem"] = TestKeys.PrivatePkcs8Pem(TestKeys.App),
        ["MerchantCertificateSerial"] = FakeWechatPayGateway.MerchantSerial,
        ["ApiV3Key"] = FakeWechatPayGateway.ApiV3Key,
        ["PublicKeyId"] = FakeWechatPayGateway.PlatformSerial,
        ["PublicKeyPem"] = TestKeys.PublicPem(TestKeys.Alipay),
        ["PlatformCertificatesPem:0"] = WechatPayGoVectors.PlatformCertificate,
    };

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public async Task Registered_alipay_channel_is_resilient_and_talks_to_the_configured_gateway()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        using var gateway = new FakeAlipayGateway(r => signer.BuildSignedResponseBody(AlipayResponseNode.For(r.Method), """{"code":"10000","msg":"Success","trade_no":"T1","trade_status":"TRADE_SUCCESS","total_amount":"1.00"}"""));
        var services = new ServiceCollection().AddLogging();
        services.AddAlipayChannel(Config(AlipaySettings()), http => http.ConfigurePrimaryHttpMessageHandler(() => gateway.Handler));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var channel = provider.GetRequiredService<IPaymentChannelProvider>().Get(ChannelKind.Alipay);
        var result = await channel.QueryAsync("FP-1-1", CancellationToken.None);

        Assert.IsType<ResilientPaymentChannel>(channel);
        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.Paid), (result.Outcome, result.Status));
        Assert.NotNull(provider.GetRequiredService<AlipayNotificationVerifier>());
        Assert.False(provider.GetRequiredService<IPaymentChannelProvider>().IsRegistered(ChannelKind.WechatPay));
    }

    [Fact]
    public async Task Registered_wechat_channel_trusts_both_configured_platform_certificate_and_public_key()
    {
        using var gateway = new FakeWechatPayGateway(_ => new WechatAnswer(200, """{"out_trade_no":"FP-1-1","trade_state":"SUCCESS"}"""));
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(gateway.Time);
        services.AddWechatPayChannel(Config(WechatSettings()), http => http.ConfigurePrimaryHttpMessageHandler(() => gateway.Handler));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var result = await provider.GetRequiredKeyedService<IPaymentChannel>(ChannelKind.WechatPay).QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Success, ChannelTradeStatus.Paid), (result.Outcome, result.Status));
        Assert.Equal(
            new[] { WechatPayGoVectors.NotifySerial, FakeWechatPayGateway.PlatformSerial }.Order(),
            provider.GetRequiredService<WechatPayCredentials>().Verifiers.Serials.Order());
        Assert.NotNull(provider.GetRequiredService<WechatPayNotificationReader>());
    }

    [Fact]
    public void Unreadable_alipay_key_fails_start_up_validation()
    {
        var settings = AlipaySettings();
        settings["AppPrivateKeyPem"] = "not a key";
        var services = new ServiceCollection().AddLogging().AddAlipayChannel(Config(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("AppPrivateKeyPem", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ApiV3Key", "testMchAPIv3Key0", "ApiV3Key")]
    [InlineData("PublicKeyId", "0100000000000000", "PublicKeyId")]
    [InlineData("MchId", "", "MchId")]
    public void Invalid_wechat_settings_fail_start_up_validation(string key, string value, string expectedInMessage)
    {
        var settings = WechatSettings();
        settings[key] = value;
        var services = new ServiceCollection().AddLogging().AddWechatPayChannel(Config(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wechat_settings_without_any_verifier_key_fail_start_up_validation()
    {
        var settings = WechatSettings();
        settings.Remove("PublicKeyId");
        settings.Remove("PublicKeyPem");
        settings.Remove("PlatformCertificatesPem:0");
        var services = new ServiceCollection().AddLogging().AddWechatPayChannel(Config(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("verifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_resilience_settings_fail_start_up_validation()
    {
        var settings = AlipaySettings();
        settings["Resilience:MaxConcurrency"] = "0";
        var services = new ServiceCollection().AddLogging().AddAlipayChannel(Config(settings));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MaxConcurrency", error.Message, StringComparison.Ordinal);
    }
}
