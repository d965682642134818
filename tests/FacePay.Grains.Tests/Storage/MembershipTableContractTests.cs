using System.Net;
using FacePay.Contracts;
using FacePay.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

/// <summary>
/// The membership queries driven directly through the real ADO.NET membership table, on a cluster id of its own
/// (the live test cluster is not touched).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MembershipTableContractTests(ClusterFixture fixture)
{
    private static readonly DateTime Start = new(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

    [Fact]
    public async Task Inserts_succeed_only_at_the_current_table_version_and_raise_it()
    {
        var table = await NewTableAsync();
        var empty = await table.ReadAllAsync();
        var first = Entry(port: 41001, SiloStatus.Joining);
        var second = Entry(port: 41002, SiloStatus.Joining);

        var inserted = await table.InsertRowAsync(first, empty.Version.Next());
        var staleInsert = await table.InsertRowAsync(second, empty.Version.Next());
        var afterFirst = await table.ReadAllAsync();
        var duplicate = await table.InsertRowAsync(first, afterFirst.Version.Next());
        var afterDuplicate = await table.ReadAllAsync();

        Assert.Empty(empty.Members);
        Assert.True(inserted);
        Assert.False(staleInsert);
        Assert.Equal(empty.Version.Version + 1, afterFirst.Version.Version);
        Assert.Equal(first.SiloAddress, Assert.Single(afterFirst.Members).Item1.SiloAddress);
        Assert.False(duplicate);
        Assert.Equal(afterFirst.Version.Version, afterDuplicate.Version.Version);
    }

    [Fact]
    public async Task Updates_need_the_current_etag_and_round_trip_status_suspicions_and_times()
    {
        var table = await NewTableAsync();
        var entry = Entry(port: 41011, SiloStatus.Joining);
        var suspector = SiloAddress.New(IPAddress.Loopback, 41012, 7);
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());
        var read = await table.ReadRowAsync(entry.SiloAddress);
        var (stored, etag) = Assert.Single(read.Members);

        stored.Status = SiloStatus.Active;
        stored.IAmAliveTime = Start.AddMinutes(1);
        stored.SuspectTimes = [Tuple.Create(suspector, Start.AddSeconds(30))];
        var updated = await table.UpdateRowAsync(stored, etag, read.Version.Next());
        var staleUpdate = await table.UpdateRowAsync(stored, etag, read.Version.Next());
        var (reread, _) = Assert.Single((await table.ReadRowAsync(entry.SiloAddress)).Members);

        Assert.True(updated);
        Assert.False(staleUpdate);
        Assert.Equal(SiloStatus.Active, reread.Status);
        Assert.Equal(Start.AddMinutes(1), reread.IAmAliveTime);
        Assert.Equal(Start, reread.StartTime);
        Assert.Equal("silo-41011", reread.SiloName);
        Assert.Equal(41011 + 1000, reread.ProxyPort);
        var suspicion = Assert.Single(reread.SuspectTimes!);
        Assert.Equal(suspector, suspicion.Item1);
        Assert.Equal(Start.AddSeconds(30), suspicion.Item2);
    }

    [Fact]
    public async Task Heartbeats_change_only_the_alive_time_and_not_the_version()
    {
        var table = await NewTableAsync();
        var entry = Entry(port: 41021, SiloStatus.Active);
        await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next());
        var before = await table.ReadAllAsync();

        entry.IAmAliveTime = Start.AddMinutes(5);
        await table.UpdateIAmAliveAsync(entry);
        var after = await table.ReadAllAsync();

        Assert.Equal(before.Version.Version, after.Version.Version);
        Assert.Equal(Start.AddMinutes(5), Assert.Single(after.Members).Item1.IAmAliveTime);
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_silos_older_than_the_cutoff()
    {
        var table = await NewTableAsync();
        var dead = Entry(port: 41031, SiloStatus.Dead);
        var active = Entry(port: 41032, SiloStatus.Active);
        await table.InsertRowAsync(dead, (await table.ReadAllAsync()).Version.Next());
        await table.InsertRowAsync(active, (await table.ReadAllAsync()).Version.Next());

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(Start.AddHours(1)));
        var remaining = await table.ReadAllAsync();

        Assert.Equal(active.SiloAddress, Assert.Single(remaining.Members).Item1.SiloAddress);
    }

    private async Task<AdoNetClusteringTable> NewTableAsync()
    {
        var table = new AdoNetClusteringTable(
            fixture.SiloServices(),
            Options.Create(new ClusterOptions { ClusterId = $"contract-{Guid.NewGuid():N}", ServiceId = "contract" }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = ProviderNames.NpgsqlInvariant,
                ConnectionString = fixture.Postgres.ConnectionString,
            }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    private static MembershipEntry Entry(int port, SiloStatus status) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 1),
        SiloName = $"silo-{port}",
        HostName = "contract-host",
        Status = status,
        ProxyPort = port + 1000,
        StartTime = Start,
        IAmAliveTime = Start,
    };
}
