using FacePay.Testing;

namespace FacePay.Deploy.Tests.Rendering;

/// <summary>
/// Renders a kustomization with the real kustomize: <c>kubectl kustomize</c> (kubectl ships it; the project's machine
/// image has kubectl 1.32 with kustomize 5.5), else a standalone <c>kustomize build</c>. No cluster is contacted.
/// </summary>
internal static class Kustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The folder of the manifests, <c>deploy/k8s</c>.</summary>
    public static string ManifestRoot => Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "k8s");

    /// <summary>Renders <paramref name="kustomizationDirectory"/> to multi-document YAML.</summary>
    /// <exception cref="InvalidOperationException">No kustomize is installed, or rendering failed.</exception>
    public static async Task<string> RenderAsync(string kustomizationDirectory)
    {
        var (tool, arguments) = Locate() ?? throw new InvalidOperationException(
            "Neither kubectl nor kustomize is on PATH: install kubectl (it embeds kustomize) to render deploy/k8s.");
        using var timeout = new CancellationTokenSource(Timeout);
        var result = await CommandLine.RunAsync(tool, [.. arguments, kustomizationDirectory], cancellationToken: timeout.Token);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} {kustomizationDirectory} failed ({result.ExitCode}):\n{result.Output}");
        }

        return result.StandardOutput;
    }

    private static (string Tool, string[] Arguments)? Locate()
    {
        if (FindOnPath("kubectl") is { } kubectl)
        {
            return (kubectl, ["kustomize"]);
        }

        return FindOnPath("kustomize") is { } kustomize ? (kustomize, ["build"]) : null;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
