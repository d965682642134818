namespace FacePay.Testing.Processes;

/// <summary>
/// The channel sandbox (<c>src/FacePay.Sandbox</c>) running as its own process on a free loopback port, with its
/// credentials in a fresh folder: silos are pointed at <see cref="ChannelsConfigFile"/> through
/// <c>FacePay:ChannelsConfigFile</c>, exactly as the README tells an operator to do, and tests drive its
/// <c>/sandbox</c> control API (faults, trades, notifications) over HTTP. Disposing kills it and removes the folder.
/// </summary>
public sealed class SandboxProcess : IAsyncDisposable
{
    private SandboxProcess(HostProcess process, string credentialsDirectory)
    {
        Process = process;
        CredentialsDirectory = credentialsDirectory;
    }

    /// <summary>The process (its output helps when a test fails).</summary>
    public HostProcess Process { get; }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => new(Process.BaseAddress.ToString().TrimEnd('/') + "/");

    /// <summary>The folder holding the generated keys.</summary>
    public string CredentialsDirectory { get; }

    /// <summary>The <c>channels.appsettings.json</c> the running sandbox wrote for silos.</summary>
    public string ChannelsConfigFile => Path.Combine(CredentialsDirectory, "channels.appsettings.json");

    /// <summary>
    /// Starts the sandbox with extra configuration keys (<c>Sandbox:TimeCompression</c>,
    /// <c>Sandbox:WechatPayNotifyUrl</c>, ...) and waits until it answers and has written its client configuration.
    /// </summary>
    public static async Task<SandboxProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = Path.Combine(Path.GetTempPath(), "facepay-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var all = new Dictionary<string, string>(settings) { ["Sandbox:CredentialsDirectory"] = folder };
        var process = HostProcess.Start("sandbox", RepositoryPaths.HostBuildOutput("src/FacePay.Sandbox", "FacePay.Sandbox.dll"), FreeTcpPort.Find(), all);
        var sandbox = new SandboxProcess(process, folder);
        try
        {
            await process.WaitHealthyAsync("/sandbox/health", timeout);

            // The file is written once the host has started, which may be just after the first answer.
            var deadline = DateTime.UtcNow + timeout;
            while (!File.Exists(sandbox.ChannelsConfigFile))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"The sandbox wrote no {sandbox.ChannelsConfigFile} within {timeout}:\n{process.Output}");
                }

                await Task.Delay(100);
            }

            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client for the sandbox's endpoints (the <c>/sandbox</c> control API among them).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Kills the sandbox and deletes its credentials folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        try
        {
            Directory.Delete(CredentialsDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; nothing else depends on it.
        }
    }
}
