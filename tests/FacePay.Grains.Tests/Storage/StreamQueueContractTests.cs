using FacePay.Grains.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

/// <summary>
/// The payment stream's PostgreSQL queue, driven through the ADO.NET stream provider's own queries: a message stays
/// in the table until a receiver confirms it with its current receipt, so nothing handed to a silo that dies is lost.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StreamQueueContractTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_message_handed_out_is_hidden_until_its_visibility_ends_then_handed_out_again_with_a_new_receipt()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        var id = await queue.QueueAsync([1, 2, 3]);

        var first = Assert.Single(await queue.GetAsync(visibilitySeconds: 1));
        var whileHidden = await queue.GetAsync(visibilitySeconds: 1);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var again = Assert.Single(await queue.GetAsync(visibilitySeconds: 1));

        Assert.Equal(id, first.MessageId);
        Assert.Equal(1, first.Dequeued);
        Assert.Equal(new byte[] { 1, 2, 3 }, first.Payload);
        Assert.Empty(whileHidden);
        Assert.Equal(id, again.MessageId);
        Assert.Equal(2, again.Dequeued);
    }

    [Fact]
    public async Task Confirming_with_a_stale_receipt_keeps_the_message_and_with_the_current_one_deletes_it()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        var id = await queue.QueueAsync([7]);
        var handedOut = Assert.Single(await queue.GetAsync());

        var stale = await queue.ConfirmAsync((id, handedOut.Dequeued + 1));
        var rowsAfterStale = await RowsAsync(queue);
        var current = await queue.ConfirmAsync((id, handedOut.Dequeued));

        Assert.Empty(stale);
        Assert.Equal(1, rowsAfterStale);
        Assert.Equal([id], current);
        Assert.Equal(0, await RowsAsync(queue));
    }

    [Fact]
    public async Task Released_messages_are_visible_again_at_once()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        var id = await queue.QueueAsync([9]);
        var handedOut = Assert.Single(await queue.GetAsync(visibilitySeconds: 600));

        var released = await queue.ReleaseAsync((id, handedOut.Dequeued));
        var again = Assert.Single(await queue.GetAsync());

        Assert.Equal([id], released);
        Assert.Equal(id, again.MessageId);
        Assert.Equal(handedOut.Dequeued + 1, again.Dequeued);
    }

    [Fact]
    public async Task Messages_come_out_in_queue_order_and_concurrent_readers_never_share_one()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await queue.QueueAsync([(byte)i]));
        }

        var readers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => queue.GetAsync(maxCount: 40)));

        var all = readers.SelectMany(r => r).Select(m => m.MessageId).ToList();
        Assert.Equal(ids.Order(), all.Order());
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(readers, r => Assert.Equal(r.Select(m => m.MessageId).Order(), r.Select(m => m.MessageId)));
    }

    [Fact]
    public async Task A_failed_delivery_is_redelivered_until_its_attempts_run_out_and_then_becomes_a_dead_letter()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        var id = await queue.QueueAsync([5]);

        Assert.Single(await queue.GetAsync(maxAttempts: 2, visibilitySeconds: 600));
        await queue.FailAsync(id, maxAttempts: 2);
        var second = Assert.Single(await queue.GetAsync(maxAttempts: 2, visibilitySeconds: 600));
        await queue.FailAsync(id, maxAttempts: 2);

        Assert.Equal(2, second.Dequeued);
        Assert.Empty(await queue.GetAsync(maxAttempts: 2));
        Assert.Equal(0, await RowsAsync(queue));
        Assert.Equal(1, await DeadLettersAsync(queue));
    }

    [Fact]
    public async Task Expired_and_exhausted_messages_are_evicted_to_dead_letters_which_are_removed_when_due()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        await queue.QueueAsync([1], expirySeconds: 0);
        var exhausted = await queue.QueueAsync([2]);
        var live = await queue.QueueAsync([3]);
        Assert.Equal(2, (await queue.GetAsync(maxAttempts: 1, visibilitySeconds: 0, removalSeconds: 0)).Count);
        await queue.ConfirmAsync((live, 1));

        await queue.EvictAsync(maxAttempts: 1, removalSeconds: 0);
        var deadBeforeRemoval = await DeadLettersAsync(queue);
        await queue.EvictDeadLettersAsync();

        Assert.Equal(0, await RowsAsync(queue));
        Assert.Equal(2, deadBeforeRemoval);
        Assert.Equal(0, await DeadLettersAsync(queue));
        Assert.NotEqual(0, exhausted);
    }

    [Fact]
    public async Task Reading_a_queue_also_evicts_what_is_due_at_most_once_per_interval()
    {
        var queue = await StreamQueueProbe.CreateAsync(fixture.Postgres.ConnectionString);
        await queue.QueueAsync([1], expirySeconds: 0);

        Assert.Empty(await queue.GetAsync(evictionIntervalSeconds: 600));
        await queue.QueueAsync([2], expirySeconds: 0);
        Assert.Empty(await queue.GetAsync(evictionIntervalSeconds: 600));

        // The first read evicted the first expired message; the second read came within the interval and evicted nothing.
        Assert.Equal(1, await DeadLettersAsync(queue));
        Assert.Equal(1, await RowsAsync(queue));
    }

    private Task<long> RowsAsync(StreamQueueProbe queue) => CountAsync("orleans_stream_messages", queue);

    private Task<long> DeadLettersAsync(StreamQueueProbe queue) => CountAsync("orleans_stream_dead_letters", queue);

    private async Task<long> CountAsync(string table, StreamQueueProbe queue)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE service_id = @s AND provider_id = @p AND queue_id = @q", connection);
        command.Parameters.AddWithValue("s", queue.ServiceId);
        command.Parameters.AddWithValue("p", queue.ProviderId);
        command.Parameters.AddWithValue("q", queue.QueueId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
