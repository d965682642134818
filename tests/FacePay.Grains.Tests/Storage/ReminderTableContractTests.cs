using FacePay.Contracts;
using FacePay.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Xunit;

namespace FacePay.Grains.Tests.Storage;

/// <summary>
/// The reminder queries driven directly through the real ADO.NET reminder table, on a service id of its own.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReminderTableContractTests(ClusterFixture fixture)
{
    private static readonly DateTime Start = new(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

    [Fact]
    public async Task Upsert_returns_a_new_etag_and_removal_needs_the_current_one()
    {
        var table = await NewTableAsync();
        var grain = GrainId.Create("reminderprobe", Guid.NewGuid().ToString("N"));
        var firstEtag = await table.UpsertRow(Entry(grain, "r1", TimeSpan.FromMinutes(1)));
        var secondEtag = await table.UpsertRow(Entry(grain, "r1", TimeSpan.FromMinutes(2)));

        var staleRemove = await table.RemoveRow(grain, "r1", firstEtag!);
        var row = await table.ReadRow(grain, "r1");
        var currentRemove = await table.RemoveRow(grain, "r1", secondEtag!);

        Assert.NotEqual(firstEtag, secondEtag);
        Assert.False(staleRemove);
        Assert.NotNull(row);
        Assert.Equal(TimeSpan.FromMinutes(2), row.Period);
        Assert.Equal(Start, row.StartAt);
        Assert.Equal(secondEtag, row.ETag);
        Assert.True(currentRemove);
        Assert.Null(await table.ReadRow(grain, "r1"));
    }

    [Fact]
    public async Task Periods_longer_than_int_max_milliseconds_round_trip()
    {
        var table = await NewTableAsync();
        var grain = GrainId.Create("reminderprobe", Guid.NewGuid().ToString("N"));
        var month = TimeSpan.FromDays(30); // 2,592,000,000 ms: bound as a 64-bit value

        await table.UpsertRow(Entry(grain, "monthly", month));

        Assert.Equal(month, (await table.ReadRow(grain, "monthly"))!.Period);
    }

    [Fact]
    public async Task Reading_by_grain_returns_all_its_reminders_and_no_others()
    {
        var table = await NewTableAsync();
        var grain = GrainId.Create("reminderprobe", Guid.NewGuid().ToString("N"));
        var other = GrainId.Create("reminderprobe", Guid.NewGuid().ToString("N"));
        await table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(1)));
        await table.UpsertRow(Entry(grain, "b", TimeSpan.FromMinutes(1)));
        await table.UpsertRow(Entry(other, "a", TimeSpan.FromMinutes(1)));

        var rows = await table.ReadRows(grain);

        Assert.Equal(["a", "b"], rows.Reminders.Select(r => r.ReminderName).Order().ToArray());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [Theory]
    [InlineData(0x1000_0000u, 0x6000_0000u)] // plain range, both halves positive as signed integers
    [InlineData(0x7000_0000u, 0x9000_0000u)] // plain range in uint order that crosses the signed boundary
    [InlineData(0x9000_0000u, 0xF000_0000u)] // plain range, both negative as signed integers
    [InlineData(0xF000_0000u, 0x1000_0000u)] // wraps past zero
    [InlineData(0x6000_0000u, 0x2000_0000u)] // wraps, most of the ring
    [InlineData(0x4000_0000u, 0x4000_0000u)] // begin = end: the whole ring
    public async Task Ring_range_reads_return_exactly_the_reminders_whose_hash_is_in_the_range(uint begin, uint end)
    {
        var table = await NewTableAsync();
        var grains = Enumerable.Range(0, 64)
            .Select(_ => GrainId.Create("reminderprobe", Guid.NewGuid().ToString("N")))
            .ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "r", TimeSpan.FromMinutes(1)));
        }

        var rows = await table.ReadRows(begin, end);

        var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order();
        Assert.Equal(expected, rows.Reminders.Select(r => r.GrainId.ToString()).Order());
    }

    // Orleans' ring ranges are (begin, end] on the uint ring; begin = end is the full ring.
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private async Task<IReminderTable> NewTableAsync()
    {
        // The provider's table class is internal; build it the way its DI registration does, with our options.
        var tableType = typeof(AdoNetReminderTableOptions).Assembly.GetType(
            "Orleans.Runtime.ReminderService.AdoNetReminderTable", throwOnError: true)!;
        var table = (IReminderTable)ActivatorUtilities.CreateInstance(
            fixture.SiloServices(),
            tableType,
            Options.Create(new ClusterOptions { ClusterId = "contract", ServiceId = $"contract-{Guid.NewGuid():N}" }),
            Options.Create(new AdoNetReminderTableOptions
            {
                Invariant = ProviderNames.NpgsqlInvariant,
                ConnectionString = fixture.Postgres.ConnectionString,
            }));
        await table.StartAsync();
        return table;
    }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = Start,
        Period = period,
    };
}
