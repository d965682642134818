using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace FacePay.Cli;

/// <summary>
/// Help with examples: a command's page is the standard help followed by the examples (and notes) registered for it,
/// while the lists of subcommands keep to the one-paragraph descriptions, so <c>facepay --help</c> stays one screen.
/// </summary>
public sealed class HelpLayout
{
    private readonly Dictionary<Command, string> _examples = [];

    /// <summary>Registers the text shown after <paramref name="command"/>'s help, e.g. <c>Examples:</c> and command lines.</summary>
    public void Add(Command command, string text)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _examples[command] = text.ReplaceLineEndings("\n").TrimEnd();
    }

    /// <summary>Makes the root's help option (it applies to every command under the root) print the registered text after the standard help.</summary>
    public void Apply(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var option = root.Options.OfType<HelpOption>().Single();
        var standard = option.Action as SynchronousCommandLineAction
            ?? throw new InvalidOperationException("The root command's help action is not synchronous.");
        option.Action = new WithExamples(standard, _examples);
    }

    private sealed class WithExamples(SynchronousCommandLineAction standard, Dictionary<Command, string> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                var output = parseResult.InvocationConfiguration.Output;
                foreach (var line in text.Split('\n'))
                {
                    output.WriteLine(line.Length == 0 ? line : "  " + line);
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
