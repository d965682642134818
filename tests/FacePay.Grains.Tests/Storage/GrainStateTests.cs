using FacePay.Contracts;
using FacePay.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

[Collection(ClusterCollection.Name)]
public sealed class GrainStateTests(ClusterFixture fixture)
{
    private static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    [Fact]
    public async Task State_survives_deactivation_and_is_read_back_from_PostgreSQL()
    {
        var key = NewKey("survive");
        var grain = fixture.Client.GetGrain<IStateProbeGrain>(key);
        await grain.Set(42);
        var before = await grain.Get();

        await grain.Deactivate();
        var after = await WaitForNewActivationAsync(grain, before.ActivationId);

        Assert.Equal(42, after.Value);
        Assert.True(after.RecordExists);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(int.Parse(before.ETag!, System.Globalization.CultureInfo.InvariantCulture), await StoredVersionAsync(key));
    }

    [Fact]
    public async Task Each_write_raises_the_stored_version_by_one()
    {
        var key = NewKey("versions");
        var grain = fixture.Client.GetGrain<IStateProbeGrain>(key);

        await grain.Set(1);
        var first = await grain.Get();
        await grain.Set(2);
        var second = await grain.Get();

        Assert.Equal("1", first.ETag);
        Assert.Equal("2", second.ETag);
        Assert.Equal(2, await StoredVersionAsync(key));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected()
    {
        var storage = GrainStorage();
        var grainId = GrainId.Create("stateprobe", NewKey("stale"));
        var created = new GrainState<ProbeState>(new ProbeState { Value = 1 });
        await storage.WriteStateAsync(StateProbeGrain.StateName, grainId, created);
        var staleEtag = created.ETag;

        var firstWriter = new GrainState<ProbeState>(new ProbeState { Value = 2 }, staleEtag);
        var secondWriter = new GrainState<ProbeState>(new ProbeState { Value = 3 }, staleEtag);
        await storage.WriteStateAsync(StateProbeGrain.StateName, grainId, firstWriter);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateProbeGrain.StateName, grainId, secondWriter));
        var stored = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync(StateProbeGrain.StateName, grainId, stored);
        Assert.Equal(2, stored.State!.Value);
        Assert.Equal(firstWriter.ETag, stored.ETag);
    }

    [Fact]
    public async Task Creating_state_that_already_exists_is_rejected()
    {
        var storage = GrainStorage();
        var grainId = GrainId.Create("stateprobe", NewKey("create-twice"));
        await storage.WriteStateAsync(StateProbeGrain.StateName, grainId, new GrainState<ProbeState>(new ProbeState { Value = 1 }));

        var secondCreator = new GrainState<ProbeState>(new ProbeState { Value = 9 });

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateProbeGrain.StateName, grainId, secondCreator));
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_rejected_and_clear_with_the_current_one_empties_the_state()
    {
        var storage = GrainStorage();
        var grainId = GrainId.Create("stateprobe", NewKey("clear"));
        var state = new GrainState<ProbeState>(new ProbeState { Value = 5 });
        await storage.WriteStateAsync(StateProbeGrain.StateName, grainId, state);
        var stale = new GrainState<ProbeState>(new ProbeState { Value = 5 }, state.ETag) { RecordExists = true };
        state.State!.Value = 6;
        await storage.WriteStateAsync(StateProbeGrain.StateName, grainId, state);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(StateProbeGrain.StateName, grainId, stale));
        await storage.ClearStateAsync(StateProbeGrain.StateName, grainId, state);
        var read = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync(StateProbeGrain.StateName, grainId, read);

        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State!.Value);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Integer_keys_with_and_without_extension_and_string_keys_are_separate_rows()
    {
        var storage = GrainStorage();
        var number = Random.Shared.NextInt64(1, long.MaxValue);
        var type = GrainType.Create("keyshapes");
        var ids = new[]
        {
            GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(number)),
            GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(number, "ext")),
            GrainId.Create(type, number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

        for (var i = 0; i < ids.Length; i++)
        {
            var state = new GrainState<ProbeState>(new ProbeState { Value = i + 1 });
            await storage.WriteStateAsync(StateProbeGrain.StateName, ids[i], state);
            Assert.Equal("1", state.ETag);
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var read = new GrainState<ProbeState>(new ProbeState());
            await storage.ReadStateAsync(StateProbeGrain.StateName, ids[i], read);
            Assert.Equal(i + 1, read.State!.Value);
        }
    }

    [Fact]
    public async Task Grain_types_sharing_a_key_and_state_name_share_one_row_so_state_names_must_differ()
    {
        // The provider keys rows by service, state name and grain key only, not by grain type.
        var storage = GrainStorage();
        var key = NewKey("shared");
        var stateName = "shared-" + Guid.NewGuid().ToString("N");
        await storage.WriteStateAsync(stateName, GrainId.Create("typea", key), new GrainState<ProbeState>(new ProbeState { Value = 11 }));

        var seenByOtherType = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync(stateName, GrainId.Create("typeb", key), seenByOtherType);

        Assert.Equal(11, seenByOtherType.State!.Value);
    }

    [Fact]
    public async Task Applying_the_schema_again_keeps_existing_state()
    {
        var key = NewKey("reapply");
        var grain = fixture.Client.GetGrain<IStateProbeGrain>(key);
        await grain.Set(7);

        await fixture.Postgres.ApplySchemaAsync();
        await grain.Deactivate();
        var after = await grain.Get();

        Assert.Equal(7, after.Value);
        Assert.Equal(1, await StoredVersionAsync(key));
    }

    private IGrainStorage GrainStorage() =>
        fixture.SiloServices().GetRequiredKeyedService<IGrainStorage>(ProviderNames.GrainStorage);

    private async Task<int?> StoredVersionAsync(string key)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT version FROM orleans_storage WHERE grain_type = @state AND grain_id_extension = @key AND payload IS NOT NULL",
            connection);
        command.Parameters.AddWithValue("state", StateProbeGrain.StateName);
        command.Parameters.AddWithValue("key", key);
        return (int?)await command.ExecuteScalarAsync();
    }

    private static async Task<ProbeSnapshot> WaitForNewActivationAsync(IStateProbeGrain grain, Guid oldActivation)
    {
        // DeactivateOnIdle takes effect after the call returns; a call arriving first still sees the old activation.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var snapshot = await grain.Get();
            if (snapshot.ActivationId != oldActivation)
            {
                return snapshot;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The grain was not deactivated.");
    }
}
