using System.Diagnostics;
using System.Text;

namespace FacePay.Testing.Processes;

/// <summary>
/// One FacePay host (silo, Merchant API or channel sandbox) running as a real child process, started from the build output,
/// with its output kept for diagnostics.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int MaxOutputChars = 4 * 1024 * 1024;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>A short name for logs (<c>silo1</c>, <c>merchant-api1</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The operating system's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Where its HTTP endpoints listen.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Its standard output and error so far (the latest 4 MiB on long runs).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="dll"/> with <c>dotnet</c>, listening on <paramref name="httpPort"/>.</summary>
    public static HostProcess Start(string name, string dll, int httpPort, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the solution first (deploy/test.sh does).", dll);
        }

        var baseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString());
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <paramref name="path"/> answers 2xx, failing early with the output if the process dies.</summary>
    public async Task WaitHealthyAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} during start-up:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} did not answer {path} within {timeout}:\n{Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Asks the process to stop (SIGTERM) as an operator would, and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Kills the process at once (SIGKILL, <c>kill -9</c>) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cts.Token);
    }

    /// <summary>Kills the process if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Long runs (the chaos suite) keep the latest output only: the end is what explains a failure.
            if (_output.Length > MaxOutputChars)
            {
                _output.Remove(0, MaxOutputChars / 4);
            }

            _output.AppendLine(line);
        }
    }
}
