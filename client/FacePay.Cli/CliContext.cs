using System.CommandLine;

namespace FacePay.Cli;

/// <summary>What every command factory receives: the output and the options shared by all commands.</summary>
/// <param name="Output">Where commands write.</param>
/// <param name="Json">The global <c>--json</c> option: print one JSON document instead of tables.</param>
public sealed record CliContext(CliOutput Output, Option<bool> Json);
