using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Deploy.Tests.Rendering;
using FacePay.Deploy.Tests.Validation;
using FacePay.Sandbox.Credentials;
using FacePay.Silo.Hosting;
using FacePay.Testing;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FacePay.Deploy.Tests;

/// <summary>
/// The staging Secrets written by <c>sandbox-secrets.py</c> from real sandbox credentials: the sandbox pod finds every
/// file where the sandbox looks, and the silos' channels.json binds and loads as the silo would load it.
/// </summary>
public sealed class StagingSecretsTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    private static readonly string Script = Path.Combine(Kustomize.ManifestRoot, "overlays", "staging", "sandbox-secrets.py");

    [Fact]
    public async Task Sandbox_secrets_script_writes_secrets_the_sandbox_and_the_silos_accept()
    {
        var folder = Directory.CreateTempSubdirectory("facepay-sandbox-credentials-");
        try
        {
            SandboxCredentials.Generate("2021000000000001", "2088000000000001", "1900000001", "wx0000000000000001").Save(folder.FullName);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var result = await CommandLine.RunAsync("python3", [Script, folder.FullName], cancellationToken: timeout.Token);
            Assert.True(result.ExitCode == 0, result.Output);

            var secrets = ManifestLoader.Load(result.StandardOutput).Cast<V1Secret>().ToDictionary(s => s.Metadata.Name);
            Assert.Equal(["facepay-channels", "facepay-sandbox-credentials"], secrets.Keys.Order(StringComparer.Ordinal));

            // Every key the sandbox Deployment mounts exists, and lands on the path the credentials manifest names.
            var sandbox = overlays.Context("staging").WorkloadRunning("sandbox")!;
            var items = sandbox.Template.Spec.Volumes.Single(v => v.Secret?.SecretName == "facepay-sandbox-credentials").Secret.Items;
            var files = secrets["facepay-sandbox-credentials"].StringData;
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), items.Select(i => i.Key).Order(StringComparer.Ordinal));
            Assert.All(items, i => Assert.Equal(File.ReadAllText(Path.Combine(folder.FullName, i.Path)), files[i.Key]));
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), overlays.Secrets.Find("facepay-sandbox-credentials")!.StringData.Keys.Order(StringComparer.Ordinal));

            var channels = secrets["facepay-channels"].StringData["channels.json"];
            AssertBindsOntoSiloSettings(channels);
            using var services = ChannelServices(channels);
            var alipay = services.GetRequiredService<IOptions<AlipayOptions>>().Value;
            Assert.Equal(new Uri("http://facepay-sandbox:5080/alipay/gateway.do"), alipay.GatewayUrl);
            Assert.NotNull(services.GetRequiredService<AlipayCredentials>().Signer);
            var wechat = services.GetRequiredService<WechatPayCredentials>();
            Assert.Equal(2, wechat.Verifiers.Serials.Count); // the platform certificate and the public key
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_documented_channels_file_names_only_settings_the_silo_reads()
    {
        AssertBindsOntoSiloSettings(overlays.Secrets.Find("facepay-channels")!.StringData["channels.json"]);
    }

    [Fact]
    public void A_misspelt_channel_setting_is_reported()
    {
        var problems = SiloSettingProblems("""{"FacePay":{"Channels":{"Alipay":{"AppID":"1","AlipayPublicKey":"x"}}}}""");
        Assert.Equal(["'FacePay:Channels:Alipay:AlipayPublicKey': AlipayOptions has no property 'AlipayPublicKey'"], problems);
    }

    private static void AssertBindsOntoSiloSettings(string json)
    {
        var problems = SiloSettingProblems(json);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static List<string> SiloSettingProblems(string json) =>
        Configuration(json).AsEnumerable()
            .Where(e => e.Value is not null || !Configuration(json).GetSection(e.Key).GetChildren().Any())
            .Select(e => ConfigurationKeys.Resolve(FacePayProcess.Silo, e.Key, e.Value).Problem)
            .OfType<string>()
            .ToList();

    private static IConfigurationRoot Configuration(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    // The silo's own registration path (FacePayServicesExtensions), so validation and key loading are the real ones.
    private static ServiceProvider ChannelServices(string json)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The silo also insists on face template keys; any valid key will do for the channels under test.
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(Configuration(json))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Face:Templates:ActiveKeyId"] = "k1",
                ["Face:Templates:Keys:k1:Key"] = Convert.ToBase64String(new byte[32]),
            })
            .Build();
        services.AddFacePayServices(configuration);
        return services.BuildServiceProvider();
    }
}
