using System.Text.Json;
using FacePay.Testing;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the <c>facepay</c> CLI from its build output as a separate process, a second Orleans client of the running
/// cluster, found through the environment exactly as an operator's shell would set it.
/// </summary>
internal static class FacePayCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<CliResult> RunAsync(RunningClusterFixture fixture, params string[] args)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var environment = new Dictionary<string, string>
        {
            ["FacePay__Client__PostgresConnectionString"] = fixture.Postgres.ConnectionString,
            ["FacePay__Client__ClusterId"] = fixture.ClusterId,
        };
        var result = await CommandLine.RunAsync(
            "dotnet", [RepositoryPaths.HostBuildOutput("client/FacePay.Cli", "facepay.dll"), .. args], environment, RepositoryPaths.RepositoryRoot, timeout.Token);
        return new CliResult(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>How one run ended.</summary>
    public sealed record CliResult(int ExitCode, string Out, string Error)
    {
        public JsonElement Json
        {
            get
            {
                using var document = JsonDocument.Parse(Out);
                return document.RootElement.Clone();
            }
        }

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit {ExitCode}\nstdout: {Out}\nstderr: {Error}";
    }
}
