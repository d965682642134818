using System.Text.RegularExpressions;
using System.Xml.Linq;
using FacePay.Deploy.Tests.Validation;

namespace FacePay.Deploy.Tests.Docker;

/// <summary>
/// What can be checked of a Dockerfile without building it: the build context holds every COPY source, the published
/// project and all it references are copied, the entry point runs that project's assembly, the base images match the
/// target framework, the final stage runs as a non-root user, and no checksum is duplicated from the scripts.
/// </summary>
internal static partial class DockerfileChecks
{
    public static IReadOnlyList<string> Problems(Dockerfile dockerfile, string repositoryRoot)
    {
        var problems = new List<string>();
        var ignored = DockerIgnore(repositoryRoot);
        foreach (var (source, instruction) in dockerfile.ContextSources())
        {
            var path = Path.Combine(repositoryRoot, source.TrimEnd('/'));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                problems.Add($"line {instruction.Line}: COPY source '{source}' does not exist in the repository");
            }

            if (ignored.FirstOrDefault(i => source.TrimEnd('/').Equals(i, StringComparison.Ordinal) || source.StartsWith(i + "/", StringComparison.Ordinal)) is { } rule)
            {
                problems.Add($"line {instruction.Line}: COPY source '{source}' is excluded by .dockerignore ({rule}/)");
            }
        }

        var user = dockerfile.User;
        if (user is null or "" or "root" or "0" || user.StartsWith("0:", StringComparison.Ordinal) || user.StartsWith("root:", StringComparison.Ordinal))
        {
            problems.Add($"the final stage runs as '{user ?? "the base image's user (root)"}'; set USER to a non-root user");
        }

        if (Sha256().IsMatch(File.Exists(dockerfile.Path) ? File.ReadAllText(dockerfile.Path) : string.Empty))
        {
            problems.Add("holds a SHA-256 sum: take pinned sums from the scripts (deploy/lib/face-models.sh), do not copy them");
        }

        if (ImageCatalog.PublishedProject(dockerfile) is { } project)
        {
            problems.AddRange(DotnetProblems(dockerfile, repositoryRoot, project));
        }

        return problems;
    }

    private static IEnumerable<string> DotnetProblems(Dockerfile dockerfile, string repositoryRoot, string project)
    {
        var projectPath = Path.Combine(repositoryRoot, project);
        if (!File.Exists(projectPath))
        {
            yield return $"publishes {project}, which does not exist";
            yield break;
        }

        var assembly = XDocument.Load(projectPath).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(projectPath);
        var entrypoint = dockerfile.Entrypoint;
        if (entrypoint is not ["dotnet", var dll] || dll != assembly + ".dll")
        {
            yield return $"ENTRYPOINT must be [\"dotnet\", \"{assembly}.dll\"] (the assembly of {project}), not [{string.Join(", ", entrypoint)}]";
        }

        var framework = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework.Replace("net", string.Empty, StringComparison.Ordinal);
        var build = dockerfile.Stages.First(s => s.All("RUN").Any(r => r.Arguments.Contains("dotnet publish", StringComparison.Ordinal)));
        if (build.BaseImage != $"mcr.microsoft.com/dotnet/sdk:{version}")
        {
            yield return $"builds on {build.BaseImage}; the projects target {framework}: use mcr.microsoft.com/dotnet/sdk:{version}";
        }

        if (dockerfile.Final.BaseImage != $"mcr.microsoft.com/dotnet/aspnet:{version}")
        {
            yield return $"runs on {dockerfile.Final.BaseImage}; use mcr.microsoft.com/dotnet/aspnet:{version}";
        }

        // The build context must hold the project, everything it references, and the shared build files.
        var copied = build.Instructions.Where(i => i.Keyword == "COPY" && !i.Arguments.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .Select(s => s.TrimEnd('/'))
            .ToList();
        foreach (var needed in ProjectClosure(projectPath).Select(p => Path.GetRelativePath(repositoryRoot, Path.GetDirectoryName(p)!))
                     .Concat(["Directory.Build.props", "Directory.Packages.props", ".editorconfig"]))
        {
            var relative = needed.Replace('\\', '/');
            if (!copied.Any(c => relative.Equals(c, StringComparison.Ordinal) || relative.StartsWith(c + "/", StringComparison.Ordinal)))
            {
                yield return $"the build stage does not COPY {relative}, which {project} needs";
            }
        }
    }

    private static HashSet<string> ProjectClosure(string projectPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(projectPath)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen;
    }

    private static List<string> DockerIgnore(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, ".dockerignore");
        return !File.Exists(path)
            ? []
            : File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("**", StringComparison.Ordinal))
                .Select(l => l.TrimEnd('/')).ToList();
    }

    [GeneratedRegex("\\b[0-9a-f]{64}\\b")]
    private static partial Regex Sha256();
}
