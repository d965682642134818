using FacePay.Contracts;
using FacePay.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

/// <summary>The DeleteStorageKey query, used when a storage provider is configured with DeleteStateOnClear.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DeleteStateOnClearTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Clear_deletes_the_row_only_with_the_current_etag()
    {
        var serviceId = $"delete-on-clear-{Guid.NewGuid():N}";
        var storage = await StartStorageAsync(serviceId);
        var grainId = GrainId.Create("stateprobe", Guid.NewGuid().ToString("N"));
        var state = new GrainState<ProbeState>(new ProbeState { Value = 3 });
        await storage.WriteStateAsync("probe", grainId, state);
        var stale = new GrainState<ProbeState>(new ProbeState(), state.ETag) { RecordExists = true };
        await storage.WriteStateAsync("probe", grainId, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("probe", grainId, stale));
        await storage.ClearStateAsync("probe", grainId, state);
        var read = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync("probe", grainId, read);

        Assert.Null(state.ETag);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(0L, await RowsAsync(serviceId));
    }

    private async Task<IGrainStorage> StartStorageAsync(string serviceId)
    {
        var services = fixture.SiloServices();
        var storage = new AdoNetGrainStorage(
            services.GetRequiredService<IActivatorProvider>(),
            NullLogger<AdoNetGrainStorage>.Instance,
            Options.Create(new AdoNetGrainStorageOptions
            {
                Invariant = ProviderNames.NpgsqlInvariant,
                ConnectionString = fixture.Postgres.ConnectionString,
                DeleteStateOnClear = true,
                GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            }),
            Options.Create(new ClusterOptions { ClusterId = "contract", ServiceId = serviceId }),
            "delete-on-clear");

        // The provider loads its queries when the silo lifecycle starts it; play that lifecycle here.
        var lifecycle = new RecordingLifecycle();
        storage.Participate(lifecycle);
        foreach (var observer in lifecycle.Observers)
        {
            await observer.OnStart(CancellationToken.None);
        }

        return storage;
    }

    private async Task<long> RowsAsync(string serviceId)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans_storage WHERE service_id = @s", connection);
        command.Parameters.AddWithValue("s", serviceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class RecordingLifecycle : ISiloLifecycle
    {
        public List<ILifecycleObserver> Observers { get; } = [];

        public int HighestCompletedStage => 0;

        public int LowestStoppedStage => 0;

        public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
        {
            Observers.Add(observer);
            return new NoOpDisposable();
        }

        private sealed class NoOpDisposable : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
