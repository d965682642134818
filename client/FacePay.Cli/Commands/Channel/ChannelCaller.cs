using System.CommandLine;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using Microsoft.Extensions.Configuration;

namespace FacePay.Cli.Commands.Channel;

/// <summary>
/// The plumbing every channel call command shares: merge the settings, register the channel, make one call with its
/// client, find the answer the client verified, print the report and pick the exit code.
/// </summary>
/// <typeparam name="TClient">The channel's client (<c>AlipayClient</c>, <c>WechatPayClient</c>).</typeparam>
/// <param name="context">The CLI context.</param>
/// <param name="settings">The channel's settings options.</param>
/// <param name="channel">The channel's command name.</param>
/// <param name="open">Registers the channel from merged settings.</param>
/// <param name="verifiedAnswer">
/// Re-checks a recorded answer with the connection's own verifier and returns its content as JSON, or null when its
/// signature does not verify (so only verified text is ever printed).
/// </param>
internal sealed class ChannelCaller<TClient>(
    CliContext context,
    ChannelSettings settings,
    string channel,
    Func<IConfiguration, ChannelConnection> open,
    Func<ChannelConnection, string, RecordedExchange, JsonNode?> verifiedAnswer)
    where TClient : IPaymentChannel
{
    /// <summary>The channel's settings options (for commands that need the connection without a call).</summary>
    public ChannelSettings Settings => settings;

    /// <summary>Makes <paramref name="call"/> the action of <paramref name="command"/>.</summary>
    /// <typeparam name="TResult">The client's result type.</typeparam>
    /// <param name="command">The command.</param>
    /// <param name="operation">The channel operation named in the report (method or HTTP path).</param>
    /// <param name="call">The call, given the parsed command line and the client.</param>
    /// <param name="afterSuccess">Optional follow-up on success (a bill download) whose fields join the report.</param>
    public void Set<TResult>(
        Command command,
        string operation,
        Func<ParseResult, TClient, CancellationToken, Task<TResult>> call,
        Func<ParseResult, TClient, TResult, CancellationToken, Task<JsonObject>>? afterSuccess = null)
        where TResult : IChannelResult
    {
        CliAction.Set(command, context, async (parseResult, cancellationToken) =>
        {
            using var connection = open(await settings.ResolveAsync(parseResult, cancellationToken));
            var client = connection.Get<TClient>();
            var result = await call(parseResult, client, cancellationToken);
            var exchange = connection.Exchanges.Last;
            var answer = exchange is null ? null : verifiedAnswer(connection, operation, exchange);
            var extra = afterSuccess is not null && result.Outcome == ChannelOutcome.Success && answer is not null
                ? await afterSuccess(parseResult, client, result, cancellationToken)
                : [];
            var report = new ChannelCall(channel, operation, result, answer, exchange?.StatusCode) { Extra = extra };
            return await ChannelCallReport.PrintAsync(context, parseResult, report);
        });
    }
}
