using System.Globalization;
using FacePay.Testing;

namespace FacePay.Benchmarks.Api;

/// <summary>Runs wrk (Debian package <c>wrk</c>; deploy/bench.sh installs it) with the pre-signed request script.</summary>
public static class WrkRunner
{
    private static string Script => Path.Combine(AppContext.BaseDirectory, "Api", "signed-requests.lua");

    /// <summary>Whether wrk is on the PATH.</summary>
    public static bool IsAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, "wrk")));

    /// <summary>Sends the requests of <paramref name="requestFile"/> (each once) to <paramref name="baseUrl"/> for at most <paramref name="duration"/>.</summary>
    public static async Task<WrkResult> RunAsync(Uri baseUrl, string requestFile, string keyId, int threads, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        string I(int value) => value.ToString(CultureInfo.InvariantCulture);
        var result = await CommandLine.RunAsync("wrk",
        [
            "-t", I(threads), "-c", I(connections), "-d", I((int)Math.Ceiling(duration.TotalSeconds)) + "s", "--timeout", "10s",
            "-s", Script, baseUrl.ToString(), "--", requestFile, I(threads), keyId,
        ], cancellationToken: cancellationToken);
        return result.ExitCode == 0
            ? WrkResult.Parse(result.StandardOutput)
            : throw new InvalidOperationException($"wrk exited with {result.ExitCode}:\n{result.Output}");
    }
}
