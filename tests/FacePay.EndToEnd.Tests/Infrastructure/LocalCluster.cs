using System.Globalization;
using FacePay.Testing;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A FacePay cluster made of real processes on loopback — silos and the Merchant API — over a given PostgreSQL,
/// started from the solution's build output exactly as <c>deploy/up.sh</c> starts them.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly LocalClusterSettings _settings;
    private readonly string _clusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<HostProcess> _silos = [];
    private readonly List<HostProcess> _apis = [];
    private readonly (int Http, int Silo, int Gateway)[] _siloPorts;
    private readonly int[] _apiPorts;

    public LocalCluster(string connectionString, LocalClusterSettings? settings = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new LocalClusterSettings();
        _siloPorts = Enumerable.Range(0, _settings.SiloCount).Select(_ => (FreeTcpPort.Find(), FreeTcpPort.Find(), FreeTcpPort.Find())).ToArray();
        _apiPorts = Enumerable.Range(0, _settings.ApiCount).Select(_ => FreeTcpPort.Find()).ToArray();
    }

    /// <summary>The first Merchant API instance, while running.</summary>
    public HostProcess? Api => _apis.Count > 0 ? _apis[0] : null;

    public IReadOnlyList<HostProcess> Apis => _apis;

    public IReadOnlyList<HostProcess> Silos => _silos;

    /// <summary>The address of Merchant API instance <paramref name="index"/> (known before it starts).</summary>
    public Uri ApiAddress(int index = 0) => new($"http://127.0.0.1:{_apiPorts[index]}");

    public async Task StartAsync()
    {
        for (var i = 0; i < _settings.SiloCount; i++)
        {
            _silos.Add(StartSilo(i));
            _history.Add(_silos[^1]);
        }

        // Ready = active in the membership table, the same check Kubernetes readiness probes use.
        await Task.WhenAll(_silos.Select(s => s.WaitHealthyAsync("/health/ready", TimeSpan.FromSeconds(90))));

        for (var i = 0; i < _settings.ApiCount; i++)
        {
            var settings = new Dictionary<string, string>(_settings.Api)
            {
                ["FacePay:Client:ClusterId"] = _clusterId,
                ["FacePay:Client:PostgresConnectionString"] = _connectionString,
            };
            _apis.Add(HostProcess.Start($"merchant-api{i + 1}", BuildOutput("client/FacePay.MerchantApi", "FacePay.MerchantApi.dll"), _apiPorts[i], settings));
            _history.Add(_apis[^1]);
        }

        await Task.WhenAll(_apis.Select(a => a.WaitHealthyAsync("/health/ready", TimeSpan.FromSeconds(90))));
    }

    /// <summary>Stops every process gracefully, as Ctrl-C on deploy/up.sh does.</summary>
    public async Task StopAsync()
    {
        foreach (var api in _apis)
        {
            await api.StopAsync();
            await api.DisposeAsync();
        }

        _apis.Clear();

        await Task.WhenAll(_silos.Select(s => s.StopAsync()));
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _silos.Clear();
    }

    /// <summary>Writes every process's output to the test log when disposed (xunit shows it for failed tests).</summary>
    public IDisposable ReportOutputOnFailure(Xunit.Abstractions.ITestOutputHelper output) => new OutputReport(this, output);

    /// <summary>An HTTP client for API instance <paramref name="index"/>, optionally through a handler (a request signer).</summary>
    public HttpClient CreateApiClient(int index = 0, HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = ApiAddress(index), Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _silos.Concat(_apis))
        {
            await process.DisposeAsync();
        }
    }

    private readonly List<HostProcess> _history = [];

    private sealed class OutputReport(LocalCluster cluster, Xunit.Abstractions.ITestOutputHelper output) : IDisposable
    {
        public void Dispose()
        {
            foreach (var process in cluster._history)
            {
                output.WriteLine($"===== {process.Name} =====");
                output.WriteLine(process.Output);
            }
        }
    }

    private HostProcess StartSilo(int index)
    {
        var (http, silo, gateway) = _siloPorts[index];
        return HostProcess.Start($"silo{index + 1}", BuildOutput("silo/FacePay.Silo", "FacePay.Silo.dll"), http, new Dictionary<string, string>(_settings.Silo)
        {
            ["FacePay:Silo:ClusterId"] = _clusterId,
            ["FacePay:Silo:SiloPort"] = silo.ToString(CultureInfo.InvariantCulture),
            ["FacePay:Silo:GatewayPort"] = gateway.ToString(CultureInfo.InvariantCulture),
            ["FacePay:Silo:PostgresConnectionString"] = _connectionString,
        });
    }

    // The hosts are built beside this test assembly, in the same configuration (Debug or Release).
    private static string BuildOutput(string project, string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FacePayOrleans.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"FacePayOrleans.sln not found above {here.FullName}.");
        }

        // .../bin/{Configuration}/net10.0/linux-x64/
        var configuration = here.Parent!.Parent!.Name;
        return Path.Combine(root.FullName, project, "bin", configuration, "net10.0", "linux-x64", dll);
    }
}
