using Npgsql;

namespace FacePay.Benchmarks.Orders;

/// <summary>
/// Counts the rows PostgreSQL itself says were written to the grain-state, reminder and stream-queue tables
/// (<c>pg_stat_user_tables</c>: inserted + updated + deleted tuples), and the committed transactions. Backends
/// publish these counters at most once a second and when idle, so a reading waits until they stop moving.
/// </summary>
public static class PostgresWriteCounter
{
    public static async Task<PostgresWrites> ReadSettledAsync(string connectionString, TimeSpan maxWait)
    {
        var deadline = DateTime.UtcNow + maxWait;
        var last = await ReadAsync(connectionString);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(1500);
            var next = await ReadAsync(connectionString);
            if (next == last)
            {
                return next;
            }

            last = next;
        }

        return last;
    }

    private static async Task<PostgresWrites> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del) FILTER (WHERE relname = 'orleans_storage'), 0)::bigint,
                   coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del) FILTER (WHERE relname = 'orleans_reminders'), 0)::bigint,
                   coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del) FILTER (WHERE relname = 'orleans_stream_messages'), 0)::bigint,
                   (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())
              FROM pg_stat_user_tables
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new PostgresWrites(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
