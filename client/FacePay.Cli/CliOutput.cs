using Spectre.Console;

namespace FacePay.Cli;

/// <summary>
/// Where a command writes: tables and progress through <see cref="Console"/>, machine-readable JSON to
/// <see cref="Out"/>, and one-line error messages to <see cref="Error"/>. Tests pass their own writers.
/// </summary>
/// <param name="Console">Rich output for people (tables, progress bars, colours).</param>
/// <param name="Out">Plain standard output (JSON documents).</param>
/// <param name="Error">Standard error (one-line reasons).</param>
public sealed record CliOutput(IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's own console.</summary>
    public static CliOutput FromProcess() => new(AnsiConsole.Console, System.Console.Out, System.Console.Error);
}
