using System.Text.Json.Nodes;
using Spectre.Console.Testing;

namespace FacePay.Cli.Tests;

/// <summary>Runs <c>facepay</c> in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error, string Console)
{
    /// <summary>The JSON document printed with <c>--json</c>.</summary>
    public JsonNode Json => JsonNode.Parse(Out) ?? throw new InvalidOperationException("Nothing was printed.");

    /// <summary>Standard error as lines (the CLI promises one line per failure).</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 200;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await FacePayCli.InvokeAsync(args, new CliOutput(console, output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString(), console.Output);
    }

    /// <summary>
    /// Asserts the channel answer was refused the way the CLI promises: exit 1, nothing on standard output, one line on
    /// standard error naming <paramref name="reason"/>; returns that line.
    /// </summary>
    public string AssertRefusedAnswer(string reason)
    {
        Assert.Equal(ExitCodes.Failure, ExitCode);
        Assert.Equal(string.Empty, Out);
        var line = Assert.Single(ErrorLines);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        return line;
    }

    public override string ToString() => $"exit {ExitCode}\nstdout: {Out}\nstderr: {Error}\nconsole: {Console}";
}
