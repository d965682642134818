using Spectre.Console.Testing;

namespace FacePay.Cli.Tests;

/// <summary>Runs <c>facepay</c> in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error, string Console)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 200;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await FacePayCli.InvokeAsync(args, new CliOutput(console, output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString(), console.Output);
    }
}
