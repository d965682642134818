using System.CommandLine;
using FacePay.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FacePay.Cli.Cluster;

/// <summary>
/// How a command reaches the cluster: an Orleans client found through the PostgreSQL membership table, set by
/// <c>--postgres</c>, <c>--cluster-id</c>, <c>--service-id</c> or the usual configuration keys
/// (<c>FacePay__Client__PostgresConnectionString</c>, …).
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    // Orleans keeps retrying gateways; an operator's command should say "unreachable" instead of hanging.
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    /// <summary>The connected client's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The <c>--postgres</c> option.</summary>
    public static Option<string?> PostgresOption { get; } = new("--postgres") { Description = "PostgreSQL connection string of the cluster's membership table (or FacePay__Client__PostgresConnectionString)." };

    /// <summary>The <c>--cluster-id</c> option.</summary>
    public static Option<string?> ClusterIdOption { get; } = new("--cluster-id") { Description = "The Orleans cluster id (default facepay-dev)." };

    /// <summary>The <c>--service-id</c> option.</summary>
    public static Option<string?> ServiceIdOption { get; } = new("--service-id") { Description = "The Orleans service id (default facepay)." };

    /// <summary>Adds the connection options to a command.</summary>
    public static void AddOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(PostgresOption);
        command.Options.Add(ClusterIdOption);
        command.Options.Add(ServiceIdOption);
    }

    /// <summary>Connects; a cluster that cannot be reached is a <see cref="CliException"/> with the reason.</summary>
    public static async Task<ClusterConnection> ConnectAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        var overrides = new Dictionary<string, string?>();
        Set(overrides, nameof(FacePayClientOptions.PostgresConnectionString), parseResult.GetValue(PostgresOption));
        Set(overrides, nameof(FacePayClientOptions.ClusterId), parseResult.GetValue(ClusterIdOption));
        Set(overrides, nameof(FacePayClientOptions.ServiceId), parseResult.GetValue(ServiceIdOption));
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddFacePayClient();
        builder.Services.AddReconciliationClient();
        var host = builder.Build();
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connect.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(connect.Token);
            return new ClusterConnection(host);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new CliException($"Cannot reach the cluster within {ConnectTimeout.TotalSeconds:0} s.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new CliException($"Cannot reach the cluster: {ex.GetBaseException().Message}", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(5));
        _host.Dispose();
    }

    private static void Set(Dictionary<string, string?> overrides, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            overrides[$"{FacePayClientOptions.Section}:{name}"] = value;
        }
    }
}
