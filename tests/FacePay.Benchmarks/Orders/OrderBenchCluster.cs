using FacePay.Channels.Alipay;
using FacePay.Client;
using FacePay.Contracts.Webhooks;
using FacePay.Face.Templates;
using FacePay.Grains.Webhooks;
using FacePay.Sandbox;
using FacePay.Silo.Hosting;
using FacePay.Testing;
using FacePay.Testing.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FacePay.Benchmarks.Orders;

/// <summary>
/// Everything the order figures run on, in this process and on loopback: a private PostgreSQL with fsync on (as in
/// production), the channel sandbox, two silos wired exactly as <c>FacePay.Silo</c> wires them
/// (<see cref="FacePaySiloBuilderExtensions.AddFacePayCluster"/>, <see cref="FacePayServicesExtensions.AddFacePayServices"/>,
/// plus webhook delivery), an Orleans client wired as a merchant wires it (<see cref="FacePayClientHostingExtensions.AddFacePayClient"/>),
/// the notification relay standing in for the Merchant API's notify endpoint, and a merchant webhook receiver.
/// </summary>
public sealed class OrderBenchCluster : IAsyncDisposable
{
    /// <summary>The one merchant the silos' channel accounts belong to (notify URLs carry it).</summary>
    public const string MerchantId = "m_bench";

    /// <summary>The Orleans service id of the benchmark cluster.</summary>
    public const string ServiceId = "facepay-bench";

    private const string WebhookSecret = "bench-webhook-secret-0123456789abcdef";
    private readonly List<IHost> _silos = [];
    private readonly string _templateKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private IHost? _client;

    private OrderBenchCluster() => Webhooks.OnReceived = PaymentWebhooks.OnReceived;

    /// <summary>The Orleans cluster id, for further clients (the Merchant API).</summary>
    public string ClusterId { get; } = "bench-" + Guid.NewGuid().ToString("N")[..8];

    public PostgresServer Postgres { get; } = new(new PostgresServerOptions { DurableWrites = true });

    public SandboxHost Sandbox { get; private set; } = null!;

    public NotificationRelay Notifications { get; } = new();

    public WebhookReceiver Webhooks { get; } = WebhookReceiver.Start();

    public PaymentWebhookWaits PaymentWebhooks { get; } = new();

    public IFacePayClient FacePay => _client!.Services.GetRequiredService<IFacePayClient>();

    public IClusterClient Grains => _client!.Services.GetRequiredService<IClusterClient>();

    public static async Task<OrderBenchCluster> StartAsync(int silos)
    {
        var cluster = new OrderBenchCluster();
        try
        {
            await cluster.StartCoreAsync(silos);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        foreach (var silo in Enumerable.Reverse(_silos))
        {
            await silo.StopAsync();
            silo.Dispose();
        }

        await Notifications.DisposeAsync();
        await Webhooks.DisposeAsync();
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }

    private async Task StartCoreAsync(int silos)
    {
        await Postgres.StartAsync();
        Sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        Notifications.Start();
        var clusterId = ClusterId;
        for (var i = 0; i < silos; i++)
        {
            var silo = BuildSilo(clusterId);
            await silo.StartAsync();
            _silos.Add(silo);
        }

        var client = Host.CreateApplicationBuilder();
        Quiet(client.Logging);
        client.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{FacePayClientOptions.Section}:ClusterId"] = clusterId,
            [$"{FacePayClientOptions.Section}:ServiceId"] = ServiceId,
            [$"{FacePayClientOptions.Section}:PostgresConnectionString"] = Postgres.ConnectionString,
        });
        client.AddFacePayClient();
        _client = client.Build();
        await _client.StartAsync();
        Notifications.Grains = Grains;
        await Grains.GetGrain<IWebhookDispatcherGrain>(MerchantId).ConfigureAsync(new WebhookEndpoint(Webhooks.Url, WebhookSecret));
    }

    private IHost BuildSilo(string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        Quiet(builder.Logging);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{FacePaySiloOptions.Section}:ClusterId"] = clusterId,
            [$"{FacePaySiloOptions.Section}:ServiceId"] = ServiceId,
            [$"{FacePaySiloOptions.Section}:SiloPort"] = FreeTcpPort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{FacePaySiloOptions.Section}:GatewayPort"] = FreeTcpPort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{FacePaySiloOptions.Section}:PostgresConnectionString"] = Postgres.ConnectionString,
            [$"{FacePayServicesExtensions.ChannelsSection}:Alipay:Timeout"] = "00:00:10",

            // The silo refuses to start without template keys; no member enrols here, so a throwaway key does.
            [$"{TemplateProtectionOptions.SectionName}:ActiveKeyId"] = "bench",
            [$"{TemplateProtectionOptions.SectionName}:Keys:bench:Key"] = _templateKey,
        });
        builder.Services.AddFacePayServices(builder.Configuration);
        builder.Services.PostConfigure<AlipayOptions>(o =>
            Sandbox.ConfigureAlipay(o, new Uri($"{Notifications.BaseUrl}/notify/alipay/{MerchantId}")));

        // Loopback http is the one deviation from production webhook settings (which require https).
        builder.Services.AddFacePayWebhooks(o => o.RequireHttps = false);
        builder.UseOrleans(silo => silo.AddFacePayCluster());
        return builder.Build();
    }

    private static void Quiet(ILoggingBuilder logging) =>
        logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Critical);
}
