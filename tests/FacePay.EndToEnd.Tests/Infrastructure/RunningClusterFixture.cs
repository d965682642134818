using FacePay.Testing;
using Npgsql;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>A private PostgreSQL and a two-silo cluster with the Merchant API, shared by tests that do not restart it.</summary>
public sealed class RunningClusterFixture : IAsyncLifetime
{
    public const string CollectionName = "Running cluster";

    private LocalCluster? _cluster;

    public PostgresServer Postgres { get; } = new();

    internal LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async Task InitializeAsync()
    {
        await Postgres.StartAsync();
        _cluster = new LocalCluster(Postgres.ConnectionString, siloCount: 2);
        await _cluster.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }

    public HttpClient CreateApiClient() => Cluster.CreateApiClient();

    /// <summary>How many grain states are stored: proves that refused requests wrote nothing.</summary>
    public async Task<long> CountStoredGrainStatesAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans_storage", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>Tests sharing <see cref="RunningClusterFixture"/>.</summary>
[CollectionDefinition(RunningClusterFixture.CollectionName)]
public sealed class RunningClusterCollection : ICollectionFixture<RunningClusterFixture>;
