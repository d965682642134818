using FacePay.Testing;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

/// <summary>The test server itself: schema present, data kept across restarts and crashes, folder removed.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task Data_survives_a_clean_restart_and_an_immediate_stop_and_the_folder_is_removed_on_dispose()
    {
        string root;
        await using (var server = new PostgresServer())
        {
            await server.StartAsync();
            root = server.RootDirectory;
            await ExecuteAsync(server, "CREATE TABLE restart_probe (id int PRIMARY KEY); INSERT INTO restart_probe VALUES (1)");

            await server.RestartAsync();
            await ExecuteAsync(server, "INSERT INTO restart_probe VALUES (2)");
            await server.KillAsync();
            await server.StartAsync();

        }

        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public async Task A_new_server_has_every_provider_query_and_listens_on_loopback_only()
    {
        await using var server = new PostgresServer();
        await server.StartAsync();

        // 9 clustering + 4 persistence + 7 reminder + 6 streaming queries.
        Assert.Equal(26L, await ScalarAsync(server, "SELECT count(*) FROM OrleansQuery"));
        Assert.Equal("127.0.0.1", await ScalarAsync(server, "SHOW listen_addresses"));
        Assert.Equal(
            new[] { "TimeZone=UTC" },
            await ScalarAsync(
                server,
                "SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase " +
                "WHERE d.datname = current_database() AND s.setrole = 0"));
    }

    private static async Task ExecuteAsync(PostgresServer server, string sql)
    {
        await using var connection = await server.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(PostgresServer server, string sql)
    {
        await using var connection = await server.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
