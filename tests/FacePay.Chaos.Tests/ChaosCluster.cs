using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FacePay.Chaos.Tests.Sandbox;
using FacePay.MerchantApi.Authentication;
using FacePay.Testing;
using FacePay.Testing.Merchants;
using FacePay.Testing.Processes;
using FacePay.Testing.Webhooks;

namespace FacePay.Chaos.Tests;

/// <summary>
/// The system under chaos, every part a real process on loopback: a private PostgreSQL, the channel sandbox as its
/// own process (silos read its credentials file), <see cref="ChaosProfile.SiloCount"/> silos, one Merchant API, and a
/// webhook receiver that refuses every tenth delivery so redeliveries happen. One merchant owns the sandbox's channel
/// accounts; a few members are enrolled with fixture photos. The scenarios share it and each audits its own orders.
/// </summary>
public sealed class ChaosCluster : IAsyncLifetime
{
    public const string CollectionName = "Chaos cluster";

    /// <summary>Simulated seconds per real second for the sandbox's notification resend schedules (Alipay's 4 min → 1 s).</summary>
    public const int NotificationTimeCompression = 240;

    /// <summary>The channel clients' per-request timeout on the silos; the sandbox's timeout faults hold longer.</summary>
    public static readonly TimeSpan ChannelTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long an order keeps querying an unknown charge before it cancels it at the channel.</summary>
    public static readonly TimeSpan QueryWindow = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    // Enrolled with the first photo of each genuine pair in tests/fixtures/faces/pairs.csv, paying with the second.
    private static readonly (string Person, string Enrol, string Capture)[] People =
    [
        ("obama", "obama_1.jpg", "obama_2.jpg"),
        ("biden", "biden_1.jpg", "biden_2.jpg"),
        ("harington", "harington_1.jpg", "harington_2.jpg"),
        ("leslie", "leslie_1.jpg", "leslie_2.jpg"),
    ];

    private LocalCluster? _cluster;
    private SandboxProcess? _sandbox;

    public ChaosProfile Profile { get; } = ChaosProfile.Current;

    public PostgresServer Postgres { get; } = new();

    public TestMerchant Merchant { get; } = TestMerchant.Create("m_chaos");

    /// <summary>Receives the merchant's webhooks; answers 503 to every tenth request (by arrival), 200 otherwise.</summary>
    public WebhookReceiver Webhooks { get; } = WebhookReceiver.Start(n => n % 10 == 9 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);

    /// <summary>The merchant's webhook signing secret.</summary>
    public string WebhookSecret { get; } = "chaos-webhook-secret-" + Guid.NewGuid().ToString("N");

    /// <summary>The enrolled members: who pays and with which photo.</summary>
    public IReadOnlyList<ChaosMember> Members { get; private set; } = [];

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public SandboxProcess Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

    /// <summary>The sandbox's control API.</summary>
    public SandboxControl SandboxControl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Postgres.StartAsync();
        var settings = new LocalClusterSettings { SiloCount = Profile.SiloCount, ApiCount = 1 };
        _cluster = new LocalCluster(Postgres.ConnectionString, settings);
        var notifyBase = _cluster.ApiAddress(0).ToString().TrimEnd('/');

        // WeChat code pay carries no notify_url: the sandbox uses its configured one, as the merchant platform does.
        _sandbox = await SandboxProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Sandbox:TimeCompression"] = NotificationTimeCompression.ToString(CultureInfo.InvariantCulture),
                ["Sandbox:WechatPayNotifyUrl"] = $"{notifyBase}/notify/wechatpay/{Merchant.Id}",
                ["Logging:LogLevel:Default"] = "Warning",
            },
            StartTimeout);
        SandboxControl = new SandboxControl(_sandbox.CreateClient());

        var channelTimeout = ChannelTimeout.ToString("c", CultureInfo.InvariantCulture);
        settings.Silo["FacePay:ChannelsConfigFile"] = _sandbox.ChannelsConfigFile;
        settings.Silo["FacePay:Channels:Alipay:NotifyUrl"] = $"{notifyBase}/notify/alipay/{Merchant.Id}";
        settings.Silo["FacePay:Channels:WechatPay:NotifyUrl"] = $"{notifyBase}/notify/wechatpay/{Merchant.Id}";
        settings.Silo["FacePay:Channels:Alipay:Timeout"] = channelTimeout;
        settings.Silo["FacePay:Channels:WechatPay:Timeout"] = channelTimeout;
        settings.Silo["FacePay:Orders:QueryInterval"] = "00:00:01";
        settings.Silo["FacePay:Orders:QueryWindow"] = QueryWindow.ToString("c", CultureInfo.InvariantCulture);
        settings.Silo["FacePay:Webhooks:ScheduleCompression"] = "60";

        // Warnings and FacePay's own lines only: a failing scenario's report shows the processes' last lines.
        foreach (var host in new[] { settings.Silo, settings.Api })
        {
            host["Logging:LogLevel:Default"] = "Warning";
            host["Logging:LogLevel:FacePay"] = "Information";
        }

        foreach (var (key, value) in Merchant.ApiSettings())
        {
            settings.Api[key] = value;
        }

        // The audit polls every order; the merchant's bucket must not be what the test measures.
        settings.Api[$"FacePay:Api:Merchants:{Merchant.Id}:RateLimit:PermitsPerSecond"] = "5000";
        settings.Api[$"FacePay:Api:Merchants:{Merchant.Id}:RateLimit:Burst"] = "5000";
        await _cluster.StartAsync();

        using var http = SignedClient();
        using (var configured = await http.PutAsJsonAsync("/v1/events/webhook", new { url = Webhooks.Url, secret = WebhookSecret }))
        {
            configured.EnsureSuccessStatusCode();
        }

        var members = new List<ChaosMember>();
        foreach (var (person, enrol, capture) in People)
        {
            var memberId = "mem_" + person;
            using var enrolled = await http.EnrollAsync(memberId, enrol);
            if (enrolled.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Enrolling {memberId} failed: {(int)enrolled.StatusCode} {await enrolled.Content.ReadAsStringAsync()}");
            }

            members.Add(new ChaosMember(memberId, capture));
        }

        Members = members;
    }

    public async Task DisposeAsync()
    {
        try
        {
            SandboxControl?.Dispose();
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
        }
    }

    /// <summary>An HTTP client that signs every request as the merchant (and gives each POST a new Idempotency-Key).</summary>
    public HttpClient SignedClient()
    {
        var http = Cluster.CreateApiClient(0, new MerchantSigningHandler(Merchant.KeyId, Merchant.Secret) { InnerHandler = new SocketsHttpHandler() });
        http.Timeout = TimeSpan.FromSeconds(40);
        return http;
    }

    /// <summary>The last lines of every process's output, for a failing scenario's log.</summary>
    public string ProcessOutputTail(int lines = 150) => string.Join(
        "\n",
        Cluster.AllProcesses.Append(Sandbox.Process).Select(p => $"===== {p.Name} =====\n{Tail(p.Output, lines)}"));

    /// <summary>Writes every process's whole output to a new folder under the temporary directory and returns its path.</summary>
    public string SaveProcessOutputs(string scenario)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"facepay-chaos-{scenario}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        Directory.CreateDirectory(folder);
        foreach (var process in Cluster.AllProcesses.Append(Sandbox.Process))
        {
            File.WriteAllText(Path.Combine(folder, process.Name + ".log"), process.Output);
        }

        return folder;
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}

/// <summary>Tests sharing <see cref="ChaosCluster"/>; they run one after the other.</summary>
[CollectionDefinition(ChaosCluster.CollectionName)]
public sealed class ChaosCollection : ICollectionFixture<ChaosCluster>;
