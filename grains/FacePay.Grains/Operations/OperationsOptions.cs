using System.ComponentModel.DataAnnotations;
using FacePay.Domain.Operations;

namespace FacePay.Grains.Operations;

/// <summary>The operations read model and the silos' figures, bound from <c>FacePay:Operations</c> and validated at start.</summary>
public sealed class OperationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Operations";

    /// <summary>The width of an activity bucket (default 1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan BucketWidth { get; set; } = OperationsLimits.Default.BucketWidth;

    /// <summary>How long activity buckets are kept (default 6 hours).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan Retention { get; set; } = OperationsLimits.Default.Retention;

    /// <summary>How many orders each merchant's read model tracks (default 500).</summary>
    [Range(10, 100_000)]
    public int TrackedOrders { get; set; } = OperationsLimits.Default.TrackedOrders;

    /// <summary>
    /// How long a merchant's read model may hold applied events before it writes them (default 1 s; zero writes after
    /// every event). One grain per merchant sees every event of that merchant, so a write per event would cap the
    /// merchant's order rate at the storage's write rate; the price is that a silo crash can lose up to this much of
    /// the console's figures (never an order: orders keep their own state).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StateWriteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each silo pushes its figures (default 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan FiguresPushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back a silo's figures reach (default 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan FiguresWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The read model's bounds.</summary>
    public OperationsLimits Limits => OperationsLimits.Default with { BucketWidth = BucketWidth, Retention = Retention, TrackedOrders = TrackedOrders };

    /// <summary>A silo whose last push is older than this is left out (three pushes).</summary>
    public TimeSpan FiguresMaxAge => FiguresPushInterval * 3;
}
