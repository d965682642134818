using System.Security.Cryptography;
using FacePay.Benchmarks.Measurement;
using Npgsql;
using NpgsqlTypes;

namespace FacePay.Benchmarks.Orders;

/// <summary>
/// The PostgreSQL half of the order limit: bare upserts, one per autocommit transaction (fsync'd like every grain
/// state write), on the same server, into a copy of <c>orleans_storage</c> (same columns, same unique key) with
/// payloads of the measured order-state size, from several connections at once.
/// </summary>
public sealed class RawPostgresUpserts(string connectionString)
{
    private const string Table = "bench_raw_upserts";

    public async Task PrepareAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}; CREATE TABLE {Table} (LIKE orleans_storage INCLUDING ALL);", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Upserts/s with <paramref name="connections"/> connections for <paramref name="duration"/>.</summary>
    public async Task<double> MeasureAsync(int connections, TimeSpan duration, int payloadBytes)
    {
        var payload = RandomNumberGenerator.GetBytes(Math.Max(1, payloadBytes));
        var commands = new List<(NpgsqlConnection Connection, NpgsqlCommand Command)>();
        try
        {
            for (var i = 0; i < connections; i++)
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                var command = new NpgsqlCommand(
                    $"""
                    INSERT INTO {Table} (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version)
                    VALUES ('facepay-bench', 'order', 0, 0, @key, @hash, 1, @payload, 1)
                    ON CONFLICT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
                    DO UPDATE SET payload = EXCLUDED.payload, version = {Table}.version + 1, modified_at = now()
                    """,
                    connection);
                command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Varchar));
                command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Integer));
                command.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Bytea) { Value = payload });
                await command.PrepareAsync();
                commands.Add((connection, command));
            }

            var throughput = await AsyncThroughput.MeasureAsync(connections, duration, async (caller, iteration) =>
            {
                var command = commands[caller].Command;

                // Each connection cycles over its own 500 keys: mostly updates, as an order's state is.
                var key = $"m_bench/raw{caller:D2}_{iteration % 500:D3}";
                command.Parameters[0].Value = key;
                command.Parameters[1].Value = key.GetHashCode(StringComparison.Ordinal);
                await command.ExecuteNonQueryAsync();
            });
            return throughput.PerSecond;
        }
        finally
        {
            foreach (var (connection, command) in commands)
            {
                await command.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>The average stored size of the order grains' state rows.</summary>
    public async Task<int> AverageOrderStateBytesAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(avg(length(payload)), 0)::int FROM orleans_storage WHERE grain_type = 'order'", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
