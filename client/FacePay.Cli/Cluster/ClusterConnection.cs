using System.CommandLine;
using FacePay.Client;
using FacePay.Client.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FacePay.Cli.Cluster;

/// <summary>
/// A command's connection to the cluster: an Orleans client that finds the gateways through the PostgreSQL membership
/// table, set up by <see cref="ClusterConnectionOptions"/> and the usual <c>FacePay:Client</c> configuration keys.
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    /// <summary>The typed FacePay API over the connection.</summary>
    public IFacePayClient FacePay => _host.Services.GetRequiredService<IFacePayClient>();

    /// <summary>The operator's reconciliation API over the connection.</summary>
    public IReconciliationClient Reconciliation => _host.Services.GetRequiredService<IReconciliationClient>();

    /// <summary>The operator's view of the payments read model over the connection.</summary>
    public IOperationsClient Operations => _host.Services.GetRequiredService<IOperationsClient>();

    /// <summary>The cluster id the client joined.</summary>
    public string ClusterId => _host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId;

    /// <summary>The service id the client joined.</summary>
    public string ServiceId => _host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;

    /// <summary>The Orleans client itself (management grain, silo statistics).</summary>
    public IClusterClient Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>
    /// Connects. Orleans keeps retrying gateways; an operator's command says "unreachable" after
    /// <c>--connect-timeout</c> instead of hanging.
    /// </summary>
    /// <exception cref="CliException">The cluster cannot be reached, or the settings are invalid (the reason on one line).</exception>
    public static async Task<ClusterConnection> ConnectAsync(ClusterConnectionOptions options, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(options.Overrides(parseResult));
        builder.AddFacePayClient();
        builder.Services.AddReconciliationClient();
        builder.Services.AddOperationsClient();
        var host = builder.Build();
        var timeout = TimeSpan.FromSeconds(parseResult.GetValue(options.ConnectTimeoutSeconds));
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connect.CancelAfter(timeout);
        try
        {
            await host.StartAsync(connect.Token);
            return new ClusterConnection(host);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new CliException($"Cannot reach the cluster within {timeout.TotalSeconds:0} s (no gateway answered; check --postgres and --cluster-id).", ex);
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
        await _host.StopAsync(StopTimeout);
        _host.Dispose();
    }
}
