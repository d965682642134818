using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Cli.Output;

namespace FacePay.Cli.Commands.Channel;

/// <summary>
/// Prints a channel call and decides the exit code: an answer that failed verification or never arrived prints
/// nothing but the reason; a verified answer is printed, and the command still fails (exit 1, reason on standard
/// error) when the channel refused the call or its outcome is not certain.
/// </summary>
internal static class ChannelCallReport
{
    private static readonly string[] TransportFailures = [ChannelErrorCodes.NotSent, ChannelErrorCodes.Timeout, ChannelErrorCodes.ConnectionLost];

    /// <summary>Prints <paramref name="call"/> and returns <see cref="ExitCodes.Success"/> when the channel answered with a definite success.</summary>
    /// <exception cref="CliException">Verification failed, nothing came back, or the channel did not succeed.</exception>
    public static async Task<int> PrintAsync(CliContext context, ParseResult parseResult, ChannelCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = call.Result;
        var what = $"{call.Channel} {call.Operation}";
        if (result.ErrorCode == ChannelErrorCodes.VerificationFailed)
        {
            throw new CliException($"{what}: the answer's signature did not verify, nothing in it was trusted ({result.ErrorMessage}).");
        }

        if (TransportFailures.Contains(result.ErrorCode))
        {
            throw new CliException($"{what} failed: {result.ErrorCode}: {result.ErrorMessage}{Hint(result.Outcome)}");
        }

        var report = new JsonObject
        {
            ["channel"] = call.Channel,
            ["operation"] = call.Operation,
            ["result"] = JsonSerializer.SerializeToNode(result, result.GetType(), CliJson.Options),
        };
        if (call.HttpStatus is { } status)
        {
            report["httpStatus"] = status;
        }

        report["verified"] = call.Response is not null;
        if (call.Response is not null)
        {
            report["response"] = call.Response.DeepClone();
        }

        foreach (var (name, value) in call.Extra)
        {
            report[name] = value?.DeepClone();
        }

        await ReportPrinter.PrintAsync(context, parseResult, report);
        if (result.Outcome != ChannelOutcome.Success)
        {
            var code = result.ErrorCode is null ? string.Empty : $" {result.ErrorCode}";
            var message = result.ErrorMessage is null ? string.Empty : $": {result.ErrorMessage}";
            throw new CliException($"{what}: {result.Outcome}{code}{message}{Hint(result.Outcome)}");
        }

        return ExitCodes.Success;
    }

    private static string Hint(ChannelOutcome outcome) => outcome switch
    {
        ChannelOutcome.Unknown => " — the call may have taken effect: resolve it with the query command, never by paying again with a new trade number.",
        ChannelOutcome.Retryable => " — nothing happened at the channel; the same request may be repeated.",
        _ => string.Empty,
    };
}
