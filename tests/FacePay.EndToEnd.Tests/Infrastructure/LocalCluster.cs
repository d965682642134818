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
    private readonly string _clusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<HostProcess> _silos = [];
    private readonly int _siloCount;
    private readonly (int Http, int Silo, int Gateway)[] _siloPorts;
    private readonly int _apiPort = FreeTcpPort.Find();

    public LocalCluster(string connectionString, int siloCount = 2)
    {
        _connectionString = connectionString;
        _siloCount = siloCount;
        _siloPorts = Enumerable.Range(0, siloCount).Select(_ => (FreeTcpPort.Find(), FreeTcpPort.Find(), FreeTcpPort.Find())).ToArray();
    }

    public HostProcess? Api { get; private set; }

    public IReadOnlyList<HostProcess> Silos => _silos;

    public Uri ApiAddress => new($"http://127.0.0.1:{_apiPort}");

    public async Task StartAsync()
    {
        for (var i = 0; i < _siloCount; i++)
        {
            _silos.Add(StartSilo(i));
            _history.Add(_silos[^1]);
        }

        // Ready = active in the membership table, the same check Kubernetes readiness probes use.
        await Task.WhenAll(_silos.Select(s => s.WaitHealthyAsync("/health/ready", TimeSpan.FromSeconds(90))));

        Api = HostProcess.Start("merchant-api", BuildOutput("client/FacePay.MerchantApi", "FacePay.MerchantApi.dll"), _apiPort, new Dictionary<string, string>
        {
            ["FacePay:Client:ClusterId"] = _clusterId,
            ["FacePay:Client:PostgresConnectionString"] = _connectionString,
        });
        _history.Add(Api);
        await Api.WaitHealthyAsync("/health/ready", TimeSpan.FromSeconds(90));
    }

    /// <summary>Stops every process gracefully, as Ctrl-C on deploy/up.sh does.</summary>
    public async Task StopAsync()
    {
        if (Api is not null)
        {
            await Api.StopAsync();
            await Api.DisposeAsync();
            Api = null;
        }

        await Task.WhenAll(_silos.Select(s => s.StopAsync()));
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _silos.Clear();
    }

    /// <summary>Writes every process's output to the test log when disposed (xunit shows it for failed tests).</summary>
    public IDisposable ReportOutputOnFailure(Xunit.Abstractions.ITestOutputHelper output) => new OutputReport(this, output);

    public HttpClient CreateApiClient() => new() { BaseAddress = ApiAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _silos.Append(Api).OfType<HostProcess>())
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
        return HostProcess.Start($"silo{index + 1}", BuildOutput("silo/FacePay.Silo", "FacePay.Silo.dll"), http, new Dictionary<string, string>
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
