using System.Diagnostics;

namespace FacePay.Testing;

/// <summary>Runs a command to completion and captures its output; PostgreSQL's tools are driven through this.</summary>
internal static class ProcessRunner
{
    /// <summary>True when this process runs as root, where PostgreSQL must be run as the <c>postgres</c> user.</summary>
    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>Runs <paramref name="fileName"/>, as the <c>postgres</c> user when we are root.</summary>
    public static Task<string> RunAsServerOwnerAsync(
        string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", fileName, .. arguments], cancellationToken)
            : RunAsync(fileName, arguments, cancellationToken);

    /// <summary>Runs a command; throws with its output when it exits non-zero.</summary>
    public static async Task<string> RunAsync(
        string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var argumentList = arguments.ToList();
        var result = await CommandLine.RunAsync(fileName, argumentList, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', argumentList)}' exited with {result.ExitCode}:\n{result.Output}");
        }

        return result.Output;
    }

    /// <summary>Like <see cref="RunQuietly"/>, as the <c>postgres</c> user when we are root.</summary>
    public static void RunAsServerOwnerQuietly(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        if (IsRoot)
        {
            RunQuietly("runuser", ["-u", "postgres", "--", fileName, .. arguments], timeout);
        }
        else
        {
            RunQuietly(fileName, arguments, timeout);
        }
    }

    /// <summary>Runs a command synchronously, ignoring failures; for clean-up on process exit.</summary>
    public static void RunQuietly(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        try
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetTempPath(),
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo);
            if (process is null)
            {
                return;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
            }
        }
#pragma warning disable CA1031 // clean-up must never throw from a process-exit handler
        catch (Exception)
#pragma warning restore CA1031
        {
            // Best effort.
        }
    }
}
