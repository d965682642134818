using System.Globalization;
using FacePay.Domain;
using FacePay.MerchantApi.Authentication;
using FacePay.Sandbox;
using FacePay.Testing;
using FacePay.Testing.Merchants;
using FacePay.Testing.Processes;
using FacePay.Testing.Webhooks;
using Npgsql;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The shared end-to-end system, all on loopback: a private PostgreSQL; the channel sandbox (in this process, its
/// credentials saved to a folder the silos read through <c>FacePay:ChannelsConfigFile</c>, exactly as a silo is pointed
/// at a running sandbox); two silos as real processes with face grains, channels and webhooks; two Merchant API
/// processes (a replay can be sent to the other one); and a webhook receiver. Merchants: <see cref="Main"/> owns the
/// sandbox's channel accounts (its notify URLs), <see cref="Other"/> proves isolation, <see cref="Limited"/> has a
/// tiny rate limit, <see cref="Operated"/> gets the operator tests' webhook endpoints. Webhook retries are compressed.
/// </summary>
public sealed class RunningClusterFixture : IAsyncLifetime
{
    public const string CollectionName = "Running cluster";

    /// <summary>The limited merchant's bucket: two requests, then one per second.</summary>
    public const int LimitedBurst = 2;

    private readonly string _credentialsDirectory = Path.Combine(Path.GetTempPath(), "facepay-e2e-" + Guid.NewGuid().ToString("N"));
    private LocalCluster? _cluster;
    private SandboxHost? _sandbox;

    public PostgresServer Postgres { get; } = new();

    public TestMerchant Main { get; } = TestMerchant.Create("m_e2e");

    public TestMerchant Other { get; } = TestMerchant.Create("m_other");

    public TestMerchant Limited { get; } = TestMerchant.Create("m_limited");

    /// <summary>A merchant for the operator tests' webhook endpoints (dead letters and replays).</summary>
    public TestMerchant Operated { get; } = TestMerchant.Create("m_operated");

    /// <summary>The operator of the console and the dashboard (both ask for credentials: the silos set Dashboard=Always).</summary>
    public TestOperator Operator { get; } = TestOperator.Create("e2e-ops");

    /// <summary>Receives the main merchant's webhooks.</summary>
    public WebhookReceiver Webhooks { get; } = WebhookReceiver.Start();

    /// <summary>The main merchant's webhook secret.</summary>
    public string WebhookSecret { get; } = "e2e-webhook-secret-" + Guid.NewGuid().ToString("N");

    public SandboxHost Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

    internal LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>The Orleans cluster id of the silos.</summary>
    public string ClusterId => Cluster.ClusterId;

    public async Task InitializeAsync()
    {
        await Postgres.StartAsync();
        var settings = new LocalClusterSettings { SiloCount = 2, ApiCount = 2 };
        _cluster = new LocalCluster(Postgres.ConnectionString, settings);
        var notifyBase = _cluster.ApiAddress(0).ToString().TrimEnd('/');

        // Notifications retry at 60x speed; WeChat code pay carries no notify_url, so the sandbox uses its configured one.
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions
        {
            TimeCompression = 60,
            WechatPayNotifyUrl = new Uri($"{notifyBase}/notify/wechatpay/{Main.Id}"),
        });
        _sandbox.Credentials.Save(_credentialsDirectory);
        var channelsFile = _sandbox.Credentials.WriteClientConfiguration(_credentialsDirectory, _sandbox.BaseUrl);

        settings.Silo["FacePay:ChannelsConfigFile"] = channelsFile;
        settings.Silo["FacePay:Telemetry:ConsoleTraces"] = "true";
        settings.Api["FacePay:Telemetry:ConsoleTraces"] = "true";
        settings.Silo["FacePay:Channels:Alipay:NotifyUrl"] = $"{notifyBase}/notify/alipay/{Main.Id}";
        settings.Silo["FacePay:Channels:WechatPay:NotifyUrl"] = $"{notifyBase}/notify/wechatpay/{Main.Id}";
        // Webhook retries ≈ 24 h / 20000 ≈ 4 s, so a dead endpoint's events are dead-lettered within a test.
        settings.Silo["FacePay:Webhooks:ScheduleCompression"] = "20000";
        foreach (var merchant in new[] { Main, Other, Limited, Operated })
        {
            foreach (var (key, value) in merchant.ApiSettings())
            {
                settings.Api[key] = value;
            }
        }

        foreach (var (key, value) in Operator.Settings())
        {
            settings.Api[key] = value;
            settings.Silo[key] = value;
        }

        // Protected even on loopback in Development, so the tests see what a deployed silo does.
        settings.Silo["FacePay:Operators:Dashboard"] = "Always";

        settings.Api[$"FacePay:Api:Merchants:{Limited.Id}:RateLimit:PermitsPerSecond"] = "1";
        settings.Api[$"FacePay:Api:Merchants:{Limited.Id}:RateLimit:Burst"] = LimitedBurst.ToString(CultureInfo.InvariantCulture);
        await _cluster.StartAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }

            if (_sandbox is not null)
            {
                await _sandbox.DisposeAsync();
            }

            await Webhooks.DisposeAsync();
        }
        finally
        {
            await Postgres.DisposeAsync();
            if (Directory.Exists(_credentialsDirectory))
            {
                Directory.Delete(_credentialsDirectory, recursive: true);
            }
        }
    }

    /// <summary>An HTTP client that signs every request as <paramref name="merchant"/> (the main merchant by default).</summary>
    public HttpClient SignedClient(TestMerchant? merchant = null, int api = 0)
    {
        var signer = merchant ?? Main;
        return Cluster.CreateApiClient(api, new MerchantSigningHandler(signer.KeyId, signer.Secret) { InnerHandler = new SocketsHttpHandler() });
    }

    /// <summary>An HTTP client that sends requests exactly as built (no signature).</summary>
    public HttpClient RawClient(int api = 0) => Cluster.CreateApiClient(api);

    /// <summary>An HTTP client for silo <paramref name="silo"/>'s own HTTP port (health, metrics, dashboard).</summary>
    public HttpClient SiloClient(int silo = 0) =>
        new() { BaseAddress = Cluster.Silos[silo].BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The address of Merchant API instance <paramref name="api"/> (where the console is served).</summary>
    public Uri ApiAddress(int api = 0) => Cluster.ApiAddress(api);

    /// <summary>The process outputs, for a failing test's log.</summary>
    public string ProcessOutput() => string.Join("\n", Cluster.Silos.Concat(Cluster.Apis).Select(p => $"===== {p.Name} =====\n{p.Output}"));

    /// <summary>How many grain states are stored: proves that refused requests wrote nothing.</summary>
    public async Task<long> CountStoredGrainStatesAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans_storage", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A fresh order number for a test.</summary>
    public static string NewOutTradeNo(string prefix) => $"{prefix}_{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>The channel-side number of an order's first attempt, as the sandbox records it.</summary>
    public static string ChannelNo(string outTradeNo) => new OrderKey("m_e2e", outTradeNo).ChannelOutTradeNo(1);
}

/// <summary>Tests sharing <see cref="RunningClusterFixture"/>.</summary>
[CollectionDefinition(RunningClusterFixture.CollectionName)]
public sealed class RunningClusterCollection : ICollectionFixture<RunningClusterFixture>;
