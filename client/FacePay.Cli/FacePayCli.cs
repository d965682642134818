using System.CommandLine;
using FacePay.Cli.Commands.Channel;
using FacePay.Cli.Commands.Face;

namespace FacePay.Cli;

/// <summary>The <c>facepay</c> command line: builds the command tree and runs it.</summary>
public static class FacePayCli
{
    /// <summary>Builds the root command. Each area (channel, face, orders, ...) contributes one subcommand.</summary>
    public static RootCommand Build(CliOutput output)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON document on standard output instead of tables (for scripts).",
            Recursive = true,
        };
        var context = new CliContext(output, json);
        var root = new RootCommand(
            "facepay — operate and troubleshoot a FacePay Orleans cluster: channel calls, face checks, orders, members, " +
            "reconciliation and load.");
        root.Options.Add(json);
        foreach (var command in Areas(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the process exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliOutput output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parseResult = Build(output).Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is null)
        {
            foreach (var error in parseResult.Errors)
            {
                await output.Error.WriteLineAsync($"facepay: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error }, cancellationToken);
        return parseResult.Errors.Count > 0 && exitCode != ExitCodes.Success ? ExitCodes.Usage : exitCode;
    }

    // One line per area; keep the list in the order `facepay --help` shows it.
    private static IEnumerable<Command> Areas(CliContext context) =>
    [
        ChannelCommands.Build(context),
        FaceCommands.Build(context),
        Commands.Recon.ReconCommand.Create(context),
    ];
}
