using FacePay.Grains.Tests.Infrastructure;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ClusterFixture fixture)
{
    [Fact]
    public async Task State_written_before_a_PostgreSQL_crash_is_kept_and_writes_work_again_after_restart()
    {
        var grain = fixture.Client.GetGrain<IStateProbeGrain>($"pg-restart-{Guid.NewGuid():N}");
        await grain.Set(1);

        await fixture.Postgres.KillAsync();
        await fixture.Postgres.StartAsync();

        // This write carries etag "1": it only succeeds if version 1 survived the crash.
        await grain.Set(2);
        var after = await grain.Get();

        Assert.Equal(2, after.Value);
        Assert.Equal("2", after.ETag);
    }
}
