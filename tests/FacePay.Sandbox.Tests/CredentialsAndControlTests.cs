using System.Net.Http.Json;
using System.Text.Json;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.WechatPay;
using FacePay.Sandbox.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class CredentialsAndControlTests(CredentialsFixture fixture)
{
    [Fact]
    public void Saved_credentials_load_back_identically_with_the_documented_layout()
    {
        var directory = Path.Combine(Path.GetTempPath(), "facepay-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            fixture.Credentials.Save(directory);
            var loaded = SandboxCredentials.Load(directory);

            Assert.Equal(fixture.Credentials.AppPrivateKeyPem, loaded.AppPrivateKeyPem);
            Assert.Equal(fixture.Credentials.MerchantSerialNo, loaded.MerchantSerialNo);
            Assert.Equal(fixture.Credentials.ApiV3Key, loaded.ApiV3Key);
            Assert.Equal(32, loaded.ApiV3Key.Length);
            Assert.StartsWith("PUB_KEY_ID_", loaded.PublicKeyId, StringComparison.Ordinal);
            foreach (var file in new[] { "alipay/app_private_key.pem", "alipay/alipay_public_key.pem", "wechatpay/apiclient_key.pem", "wechatpay/apiclient_cert.pem", "wechatpay/platform_cert.pem", "wechatpay/pub_key.pem", "wechatpay/apiv3_key.txt" })
            {
                Assert.True(File.Exists(Path.Combine(directory, file)), file);
            }

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "credentials.json")));
            Assert.Equal(fixture.Credentials.WechatPayMchId, manifest.RootElement.GetProperty("wechatPay").GetProperty("mchId").GetString());
            using var certificate = RsaKeyLoader.LoadCertificate(loaded.PlatformCertificatePem);
            Assert.Equal(loaded.PlatformSerialNo, certificate.SerialNumber);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_sandbox_started_from_a_credentials_folder_accepts_clients_configured_from_its_files()
    {
        var directory = Path.Combine(Path.GetTempPath(), "facepay-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            fixture.Credentials.Save(directory);
            await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { CredentialsDirectory = directory });
            using var alipay = new AlipayTestClient(sandbox);
            using var wechat = new WechatPayTestClient(sandbox);

            Assert.Equal("10000", (await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(Ids.New(), 1))).Code);
            Assert.True((await wechat.PayAsync(Ids.New(), 1)).SignatureValid);
            Assert.Equal(fixture.Credentials.AppPublicKeyPem, sandbox.Credentials.AppPublicKeyPem);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Client_configuration_file_binds_onto_the_channel_options_a_silo_uses()
    {
        var directory = Path.Combine(Path.GetTempPath(), "facepay-sandbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var sandbox = await fixture.StartAsync();
            var path = sandbox.Credentials.WriteClientConfiguration(directory, sandbox.BaseUrl);
            var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();

            var alipayOptions = configuration.GetSection("Channels:Alipay").Get<AlipayOptions>()!;
            var wechatOptions = new WechatPayOptions();
            configuration.GetSection("Channels:WechatPay").Bind(wechatOptions);
            using var http = new HttpClient();
            using var alipayCredentials = new AlipayCredentials(Options.Create(alipayOptions));
            using var wechatCredentials = new WechatPayCredentials(Options.Create(wechatOptions), TimeProvider.System);
            var alipay = new AlipayClient(http, alipayCredentials, Options.Create(alipayOptions), TimeProvider.System, NullLogger<AlipayClient>.Instance);
            var wechat = new WechatPayClient(http, wechatCredentials, Options.Create(wechatOptions), NullLogger<WechatPayClient>.Instance);
            var request = new ChannelPayRequest(Ids.New(), 100, "CNY", "Face pay", ChannelPayMethod.PayerCode, PayerCode: "fp1234567890");

            Assert.Equal(sandbox.AlipayGatewayUrl, alipayOptions.GatewayUrl);
            Assert.Single(wechatOptions.PlatformCertificatesPem);
            Assert.Equal(ChannelOutcome.Success, (await alipay.PayAsync(request, CancellationToken.None)).Outcome);
            Assert.Equal(ChannelOutcome.Success, (await wechat.PayAsync(request, CancellationToken.None)).Outcome);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Trades_endpoint_lists_trades_pay_calls_and_totals_per_channel()
    {
        await using var sandbox = await fixture.StartAsync();
        using var alipay = new AlipayTestClient(sandbox);
        using var wechat = new WechatPayTestClient(sandbox);
        var no = Ids.New();
        await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 300));
        await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(no, 300));
        await wechat.PayAsync(Ids.New(), 200);
        var refused = Ids.New();
        await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(refused, 300, authCode: "invalid"));
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };

        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("sandbox/trades", UriKind.Relative)));

        var trades = json.RootElement.GetProperty("trades").EnumerateArray().ToList();
        Assert.Equal(2, trades.Count);
        var alipayTrade = trades.Single(t => t.GetProperty("channel").GetString() == "Alipay");
        Assert.Equal(2, alipayTrade.GetProperty("payCalls").GetInt32());
        Assert.Equal("TRADE_SUCCESS", alipayTrade.GetProperty("channelStatus").GetString());
        var refusedCount = json.RootElement.GetProperty("payCalls").EnumerateArray().Single(p => p.GetProperty("outTradeNo").GetString() == refused);
        Assert.Equal(1, refusedCount.GetProperty("count").GetInt32());
        Assert.False(refusedCount.GetProperty("tradeExists").GetBoolean());
        var totals = json.RootElement.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("channel").GetString()!);
        Assert.Equal(300, totals["Alipay"].GetProperty("paidFen").GetInt64());
        Assert.Equal(200, totals["WechatPay"].GetProperty("paidFen").GetInt64());
    }

    [Fact]
    public async Task Balances_endpoint_makes_a_payer_short_of_funds()
    {
        await using var sandbox = await fixture.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        using var alipay = new AlipayTestClient(sandbox);

        var set = await http.PostAsJsonAsync("sandbox/balances", new { payerCode = "fpshort", balanceFen = 50 });
        var answer = await alipay.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(Ids.New(), 51, authCode: "fpshort"));

        Assert.Equal(System.Net.HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal("ACQ.BUYER_BALANCE_NOT_ENOUGH", answer.SubCode);
    }
}
