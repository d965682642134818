namespace FacePay.Testing;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are on this machine.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public const string MissingMessage =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in PG_BIN_DIR, PATH or " +
        "/usr/lib/postgresql/*/bin. Run deploy/test.sh, which installs PostgreSQL (Debian package 'postgresql'), " +
        "or install PostgreSQL 15+ yourself.";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Finds the binaries: <c>PG_BIN_DIR</c>, then PATH, then Debian's newest <c>/usr/lib/postgresql/N/bin</c>.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed.</exception>
    public static PostgresBinaries Locate()
    {
        foreach (var candidate in Candidates())
        {
            if (IsComplete(candidate))
            {
                return new PostgresBinaries(candidate);
            }
        }

        throw new InvalidOperationException(MissingMessage);
    }

    private static IEnumerable<string> Candidates()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            yield return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(dir, "initdb");
            if (File.Exists(initdb))
            {
                // /usr/local/bin/initdb may be a link into the real bin folder, where pg_ctl and postgres live too.
                var target = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
                yield return Path.GetDirectoryName(target)!;
                yield return dir;
            }
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var versions = System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Ok: int.TryParse(Path.GetFileName(d), out var major), Major: major))
                .Where(v => v.Ok)
                .OrderByDescending(v => v.Major);
            foreach (var version in versions)
            {
                yield return Path.Combine(version.Dir, "bin");
            }
        }
    }

    private static bool IsComplete(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) &&
        File.Exists(Path.Combine(dir, "pg_ctl")) &&
        File.Exists(Path.Combine(dir, "postgres"));
}
