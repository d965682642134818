using System.CommandLine;
using FacePay.Cli.Cluster;

namespace FacePay.Cli;

/// <summary>What every command factory receives: the output and the options shared by all commands.</summary>
/// <param name="Output">Where commands write.</param>
/// <param name="Json">The global <c>--json</c> option: print one JSON document instead of tables.</param>
public sealed record CliContext(CliOutput Output, Option<bool> Json)
{
    /// <summary>How cluster commands reach the cluster: the same options on every one of them.</summary>
    public ClusterConnectionOptions Cluster { get; init; } = new();

    /// <summary>The examples each command's help ends with.</summary>
    public HelpLayout Help { get; init; } = new();

    /// <summary>Whether the command line asked for JSON.</summary>
    public bool WantsJson(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Json);
    }

    /// <summary>Connects to the cluster with the shared options.</summary>
    /// <exception cref="CliException">The cluster cannot be reached.</exception>
    public Task<ClusterConnection> ConnectAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        ClusterConnection.ConnectAsync(Cluster, parseResult, cancellationToken);
}
