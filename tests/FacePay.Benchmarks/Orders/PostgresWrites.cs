namespace FacePay.Benchmarks.Orders;

/// <summary>Cumulative PostgreSQL counters at one moment.</summary>
/// <param name="StateRows">Rows inserted, updated or deleted in <c>orleans_storage</c> (grain state).</param>
/// <param name="ReminderRows">Rows inserted, updated or deleted in <c>orleans_reminders</c>.</param>
/// <param name="StreamRows">Rows inserted, updated or deleted in <c>orleans_stream_messages</c> (the payment stream's queue).</param>
/// <param name="Commits">Committed transactions in the database (reads included).</param>
public sealed record PostgresWrites(long StateRows, long ReminderRows, long StreamRows, long Commits)
{
    public static PostgresWrites operator -(PostgresWrites after, PostgresWrites before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        return new(after.StateRows - before.StateRows, after.ReminderRows - before.ReminderRows, after.StreamRows - before.StreamRows, after.Commits - before.Commits);
    }

    public PostgresWrites Subtract(PostgresWrites before) => this - before;
}
