using System.Globalization;
using FacePay.Domain;

namespace FacePay.Reconciliation.Ledger;

/// <summary>
/// Where ledger entries live: one bucket grain per channel, Beijing day and hash bucket of the order key
/// (<c>{channel}/{yyyy-MM-dd}/{bucket}</c>). A day's entries are spread over <see cref="Count"/> buckets so that no
/// single grain state grows with the day's volume (each write rewrites one bucket, ~1/<see cref="Count"/> of the
/// day); reconciliation reads all of a day's buckets. The count is fixed: changing it would hide entries.
/// </summary>
public static class LedgerBuckets
{
    /// <summary>Buckets per channel and day.</summary>
    public const int Count = 64;

    /// <summary>The bucket grain key of an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Key(entry.Channel, entry.BillDate, BucketOf(entry.Order));
    }

    /// <summary>All bucket keys of one channel and day.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="date">The Beijing day.</param>
    /// <returns>The keys.</returns>
    public static IEnumerable<string> KeysOf(PaymentChannel channel, DateOnly date) =>
        Enumerable.Range(0, Count).Select(bucket => Key(channel, date, bucket));

    /// <summary>A stable bucket for an order key (FNV-1a over its text; the runtime's string hash changes per process).</summary>
    /// <param name="order">The order.</param>
    /// <returns>0 to <see cref="Count"/> - 1.</returns>
    public static int BucketOf(OrderKey order)
    {
        var hash = 2166136261u;
        foreach (var c in order.ToString())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Count);
    }

    private static string Key(PaymentChannel channel, DateOnly date, int bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{channel}/{date:yyyy-MM-dd}/{bucket:D2}");
}
