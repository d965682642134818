using System.Text.Json;
using System.Text.RegularExpressions;

namespace FacePay.Deploy.Tests.Docker;

/// <summary>
/// A Dockerfile read well enough to check it without a Docker engine: stages, instructions, and the facts of the final
/// stage (COPY sources, ENV, EXPOSE, USER, ENTRYPOINT).
/// </summary>
internal sealed partial class Dockerfile
{
    private Dockerfile(string path, IReadOnlyList<DockerStage> stages)
    {
        Path = path;
        Stages = stages;
    }

    public string Path { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Final => Stages[^1];

    /// <summary>The exec-form ENTRYPOINT of the final stage, e.g. <c>["dotnet", "FacePay.Silo.dll"]</c>.</summary>
    public IReadOnlyList<string> Entrypoint =>
        Final.All("ENTRYPOINT").LastOrDefault() is { } entrypoint
            ? JsonSerializer.Deserialize<string[]>(entrypoint.Arguments) ?? []
            : [];

    /// <summary>The ports the final stage exposes.</summary>
    public IReadOnlySet<int> ExposedPorts =>
        Final.All("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => int.Parse(p.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>The final stage's USER, or null when it runs as the base image's user.</summary>
    public string? User => Final.All("USER").LastOrDefault()?.Arguments.Trim();

    /// <summary>Environment set by ENV in the final stage (<c>ENV A=1 B=2</c> form).</summary>
    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var env in Final.All("ENV"))
            {
                foreach (Match pair in EnvPair().Matches(env.Arguments))
                {
                    result[pair.Groups["name"].Value] = pair.Groups["value"].Value.Trim('"');
                }
            }

            return result;
        }
    }

    /// <summary>Source paths of COPY/ADD instructions that read the build context (not <c>--from</c> another stage).</summary>
    public IEnumerable<(string Source, DockerInstruction Instruction)> ContextSources()
    {
        foreach (var stage in Stages)
        {
            foreach (var copy in stage.Instructions.Where(i => i.Keyword is "COPY" or "ADD"))
            {
                var parts = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Any(p => p.StartsWith("--from=", StringComparison.Ordinal)))
                {
                    continue;
                }

                var paths = parts.Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();
                foreach (var source in paths[..^1])
                {
                    yield return (source, copy);
                }
            }
        }
    }

    /// <summary>Reads and parses a Dockerfile.</summary>
    public static Dockerfile Load(string path) => Parse(path, File.ReadAllText(path));

    public static Dockerfile Parse(string path, string text)
    {
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        string? baseImage = null, name = null;
        foreach (var instruction in Instructions(text))
        {
            if (instruction.Keyword == "FROM")
            {
                if (current is not null)
                {
                    stages.Add(new DockerStage(baseImage!, name, current));
                }

                var parts = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                baseImage = parts[0];
                name = parts.Length >= 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null;
                current = [];
                continue;
            }

            if (current is null)
            {
                continue; // ARG before the first FROM, parser directives
            }

            current.Add(instruction);
        }

        if (current is not null)
        {
            stages.Add(new DockerStage(baseImage!, name, current));
        }

        return new Dockerfile(path, stages);
    }

    private static IEnumerable<DockerInstruction> Instructions(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var buffer = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (buffer.Count == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (buffer.Count > 0 && line.StartsWith('#'))
            {
                continue; // comments inside a continued instruction are dropped, as Docker does
            }

            if (buffer.Count == 0)
            {
                start = i + 1;
            }

            if (line.EndsWith('\\'))
            {
                buffer.Add(line[..^1].Trim());
                continue;
            }

            buffer.Add(line);
            var joined = string.Join(' ', buffer.Where(b => b.Length > 0));
            buffer.Clear();
            var space = joined.IndexOf(' ', StringComparison.Ordinal);
            yield return space < 0
                ? new DockerInstruction(joined.ToUpperInvariant(), string.Empty, start)
                : new DockerInstruction(joined[..space].ToUpperInvariant(), joined[(space + 1)..].Trim(), start);
        }
    }

    [GeneratedRegex("""(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>"[^"]*"|\S+)""")]
    private static partial Regex EnvPair();
}
