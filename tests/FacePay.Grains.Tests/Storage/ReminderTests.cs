using FacePay.Grains.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

[Collection(ClusterCollection.Name)]
public sealed class ReminderTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_reminder_stored_in_PostgreSQL_fires()
    {
        var key = $"reminder-{Guid.NewGuid():N}";
        var grain = fixture.Client.GetGrain<IReminderProbeGrain>(key);

        await grain.Arm(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var storedRows = await ReminderRowsAsync(key);
        var ticks = await WaitForTicksAsync(grain);
        await grain.Disarm();

        Assert.Equal(1, storedRows);
        Assert.True(ticks >= 1);
        Assert.Equal(0, await ReminderRowsAsync(key));
    }

    private async Task<long> ReminderRowsAsync(string key)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_reminders WHERE service_id = @service AND grain_id LIKE @grain", connection);
        command.Parameters.AddWithValue("service", fixture.Cluster.Options.ServiceId);
        command.Parameters.AddWithValue("grain", "%" + key);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> WaitForTicksAsync(IReminderProbeGrain grain)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var ticks = await grain.Ticks();
            if (ticks > 0)
            {
                return ticks;
            }

            await Task.Delay(200);
        }

        return 0;
    }
}
