using System.Globalization;

namespace FacePay.Testing.Processes;

/// <summary>
/// A FacePay cluster made of real processes on loopback — silos and the Merchant API — over a given PostgreSQL,
/// started from the solution's build output exactly as <c>deploy/up.sh</c> starts them. A silo can be killed
/// (<c>kill -9</c>) and started again on its own ports, as a supervisor would restart it.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _connectionString;
    private readonly LocalClusterSettings _settings;
    private readonly string _clusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<HostProcess> _silos = [];
    private readonly List<HostProcess> _apis = [];
    private readonly List<HostProcess> _history = [];
    private readonly (int Http, int Silo, int Gateway)[] _siloPorts;
    private readonly int[] _apiPorts;

    /// <summary>Describes the cluster (free ports are chosen now); nothing runs until <see cref="StartAsync"/>.</summary>
    public LocalCluster(string connectionString, LocalClusterSettings? settings = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new LocalClusterSettings();
        _siloPorts = Enumerable.Range(0, _settings.SiloCount).Select(_ => (FreeTcpPort.Find(), FreeTcpPort.Find(), FreeTcpPort.Find())).ToArray();
        _apiPorts = Enumerable.Range(0, _settings.ApiCount).Select(_ => FreeTcpPort.Find()).ToArray();
    }

    /// <summary>The Orleans cluster id of this run's silos.</summary>
    public string ClusterId => _clusterId;

    /// <summary>The first Merchant API instance, while running.</summary>
    public HostProcess? Api => _apis.Count > 0 ? _apis[0] : null;

    /// <summary>The Merchant API instances.</summary>
    public IReadOnlyList<HostProcess> Apis => _apis;

    /// <summary>The silos, by index; a killed silo stays in its place until it is restarted.</summary>
    public IReadOnlyList<HostProcess> Silos => _silos;

    /// <summary>Every process started so far, including killed and replaced ones (for diagnostics).</summary>
    public IReadOnlyList<HostProcess> AllProcesses => _history;

    /// <summary>The address of Merchant API instance <paramref name="index"/> (known before it starts).</summary>
    public Uri ApiAddress(int index = 0) => new($"http://127.0.0.1:{_apiPorts[index]}");

    /// <summary>Starts the silos, waits until they are active, then starts the API instances and waits until they are ready.</summary>
    public async Task StartAsync()
    {
        for (var i = 0; i < _settings.SiloCount; i++)
        {
            _silos.Add(StartSilo(i));
        }

        // Ready = active in the membership table, the same check Kubernetes readiness probes use.
        await Task.WhenAll(_silos.Select(s => s.WaitHealthyAsync("/health/ready", StartTimeout)));

        for (var i = 0; i < _settings.ApiCount; i++)
        {
            var settings = new Dictionary<string, string>(_settings.Api)
            {
                ["FacePay:Client:ClusterId"] = _clusterId,
                ["FacePay:Client:PostgresConnectionString"] = _connectionString,
            };
            _apis.Add(Track(HostProcess.Start(
                $"merchant-api{i + 1}", RepositoryPaths.HostBuildOutput("client/FacePay.MerchantApi", "FacePay.MerchantApi.dll"), _apiPorts[i], settings)));
        }

        await Task.WhenAll(_apis.Select(a => a.WaitHealthyAsync("/health/ready", StartTimeout)));
    }

    /// <summary>Kills silo <paramref name="index"/> at once (SIGKILL, as <c>kill -9</c>): no graceful shutdown, no goodbye to the cluster.</summary>
    public Task KillSiloAsync(int index) => _silos[index].KillAsync();

    /// <summary>
    /// Starts silo <paramref name="index"/> again on the same ports (its previous process must have exited) and waits
    /// until it is active in the cluster. The new incarnation declares the old one dead in the membership table.
    /// </summary>
    public async Task RestartSiloAsync(int index)
    {
        var previous = _silos[index];
        if (!previous.HasExited)
        {
            throw new InvalidOperationException($"{previous.Name} is still running; kill or stop it first.");
        }

        _silos[index] = StartSilo(index);
        await _silos[index].WaitHealthyAsync("/health/ready", StartTimeout);
    }

    /// <summary>Waits until every silo and API instance answers its readiness check.</summary>
    public Task WaitReadyAsync(TimeSpan timeout) =>
        Task.WhenAll(_silos.Concat(_apis).Select(p => p.WaitHealthyAsync("/health/ready", timeout)));

    /// <summary>Stops every process gracefully, as Ctrl-C on deploy/up.sh does.</summary>
    public async Task StopAsync()
    {
        foreach (var api in _apis)
        {
            await api.StopAsync();
        }

        _apis.Clear();
        await Task.WhenAll(_silos.Select(s => s.StopAsync()));
        _silos.Clear();
    }

    /// <summary>Writes every process's output to the test log when disposed (xunit shows it for failed tests).</summary>
    public IDisposable ReportOutputOnFailure(Xunit.Abstractions.ITestOutputHelper output) => new OutputReport(this, output);

    /// <summary>An HTTP client for API instance <paramref name="index"/>, optionally through a handler (a request signer).</summary>
    public HttpClient CreateApiClient(int index = 0, HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler(), disposeHandler: true) { BaseAddress = ApiAddress(index), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Kills whatever still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var process in _history)
        {
            await process.DisposeAsync();
        }
    }

    private HostProcess Track(HostProcess process)
    {
        _history.Add(process);
        return process;
    }

    private HostProcess StartSilo(int index)
    {
        var (http, silo, gateway) = _siloPorts[index];
        var incarnation = _history.Count(p => p.Name.StartsWith($"silo{index + 1}", StringComparison.Ordinal));
        var name = incarnation == 0 ? $"silo{index + 1}" : $"silo{index + 1}-restart{incarnation}";
        return Track(HostProcess.Start(name, RepositoryPaths.HostBuildOutput("silo/FacePay.Silo", "FacePay.Silo.dll"), http, new Dictionary<string, string>(_settings.Silo)
        {
            ["FacePay:Silo:ClusterId"] = _clusterId,
            ["FacePay:Silo:SiloPort"] = silo.ToString(CultureInfo.InvariantCulture),
            ["FacePay:Silo:GatewayPort"] = gateway.ToString(CultureInfo.InvariantCulture),
            ["FacePay:Silo:PostgresConnectionString"] = _connectionString,
        }));
    }

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
}
