using FacePay.Grains.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

[Collection(ClusterCollection.Name)]
public sealed class ClusterMembershipTests(ClusterFixture fixture)
{
    private const int Active = 3; // Orleans SiloStatus.Active

    [Fact]
    public async Task Both_silos_join_one_cluster_through_the_PostgreSQL_membership_table()
    {
        var hosts = await fixture.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);

        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_membership WHERE deployment_id = @cluster AND status = @active", connection);
        command.Parameters.AddWithValue("cluster", fixture.Cluster.Options.ClusterId);
        command.Parameters.AddWithValue("active", Active);
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Every_membership_change_raised_the_cluster_version()
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT version FROM orleans_membership_version WHERE deployment_id = @cluster", connection);
        command.Parameters.AddWithValue("cluster", fixture.Cluster.Options.ClusterId);
        var version = (int)(await command.ExecuteScalarAsync())!;

        // Two inserts (Joining) and at least two updates (Active), each one version step.
        Assert.True(version >= 4, $"cluster version {version}");
    }

    [Fact]
    public async Task The_client_finds_gateways_in_PostgreSQL()
    {
        var gateways = await fixture.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var probe = fixture.Client.GetGrain<IStateProbeGrain>("gateway-" + Guid.NewGuid().ToString("N"));

        var snapshot = await probe.Get();

        Assert.NotEmpty(gateways);
        Assert.Equal(0, snapshot.Value);
    }
}
