using System.CommandLine;

namespace FacePay.Cli;

/// <summary>Runs a command's body and turns failures into one-line messages and exit codes.</summary>
public static class CliAction
{
    /// <summary>
    /// Sets <paramref name="body"/> as the action of <paramref name="command"/>: a <see cref="CliException"/> (or any
    /// unforeseen exception) prints its message on one line and exits with <see cref="ExitCodes.Failure"/>; cancellation (Ctrl-C) exits quietly with 130.
    /// </summary>
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await body(parseResult, cancellationToken);
            }
            catch (CliException ex)
            {
                await context.Output.Error.WriteLineAsync($"facepay: {OneLine(ex.Message)}");
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return 130;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Anything not foreseen still ends as one line naming what failed, never a stack trace; the type
                // helps a bug report without exposing inputs.
                await context.Output.Error.WriteLineAsync($"facepay: unexpected {ex.GetType().Name}: {OneLine(ex.Message)}");
                return ExitCodes.Failure;
            }
        });
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
