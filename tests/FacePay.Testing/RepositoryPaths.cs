namespace FacePay.Testing;

/// <summary>
/// Locates the repository from a test's output folder, so tests use the same files as the deploy scripts
/// (for example the PostgreSQL schema in <c>deploy/sql</c>).
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "FacePayOrleans.sln";

    private static readonly Lazy<string> Root = new(() => FindRepositoryRoot(AppContext.BaseDirectory));

    /// <summary>The repository root: the nearest folder at or above the test binaries holding the solution.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The folder of PostgreSQL schema files, applied in name order (<c>deploy/sql</c>).</summary>
    public static string SqlDirectory => Path.Combine(RepositoryRoot, "deploy", "sql");

    /// <summary>The schema files of <see cref="SqlDirectory"/> in the order they must be applied.</summary>
    public static IReadOnlyList<string> SqlFiles() =>
        Directory.GetFiles(SqlDirectory, "*.sql").Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The build output of a host project (for example <c>silo/FacePay.Silo</c>, <c>FacePay.Silo.dll</c>), in the
    /// configuration (Debug or Release) of the running test assembly, so tests start processes exactly as built.
    /// </summary>
    public static string HostBuildOutput(string project, string dll)
    {
        // The test assembly runs from .../bin/{Configuration}/net10.0/linux-x64/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        return Path.Combine(RepositoryRoot, project, "bin", configuration, "net10.0", "linux-x64", dll);
    }

    /// <summary>Walks up from <paramref name="startDirectory"/> to the folder holding the solution file.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above holds the solution file.</exception>
    public static string FindRepositoryRoot(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startDirectory);
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder at or above '{startDirectory}' contains {SolutionFileName}; run the tests from the repository.");
    }
}
