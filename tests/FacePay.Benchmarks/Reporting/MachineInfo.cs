using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace FacePay.Benchmarks.Reporting;

/// <summary>What the figures were measured on, and how busy the machine was meanwhile (it may be shared).</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string Runtime, string Commit, DateTimeOffset StartedAt)
{
    public static MachineInfo Capture(string repositoryRoot) => new(
        ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        ReadFirst("/proc/meminfo", "MemTotal") is { } mem ? FormatMemory(mem) : "unknown",
        OsName(),
        RuntimeInformation.FrameworkDescription,
        ReadCommit(repositoryRoot),
        DateTimeOffset.UtcNow);

    /// <summary>The 1-minute load average now (NaN where /proc/loadavg is missing).</summary>
    public static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadAllLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}";
    }

    private static string? ReadFirst(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string FormatMemory(string memTotal) =>
        long.TryParse(memTotal.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.#} GiB")
            : memTotal;

    private static string ReadCommit(string repositoryRoot)
    {
        try
        {
            var head = Git(repositoryRoot, "rev-parse --short=12 HEAD");
            var dirty = Git(repositoryRoot, "status --porcelain --untracked-files=no").Length > 0;
            return dirty ? head + " (with uncommitted changes)" : head;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown (git not available)";
        }
    }

    private static string Git(string directory, string arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("git did not start");
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : throw new InvalidOperationException("git failed");
    }
}
