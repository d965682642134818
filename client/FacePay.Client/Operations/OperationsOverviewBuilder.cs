using System.Collections.Immutable;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Operations;
using FacePay.Reconciliation.Reports;

namespace FacePay.Client.Operations;

/// <summary>Shapes what the grains hold into the console's <see cref="OperationsOverview"/>: sums over merchants and silos.</summary>
public static class OperationsOverviewBuilder
{
    private const int ListLength = 25;

    /// <summary>The overview of everything read at <paramref name="now"/>.</summary>
    public static OperationsOverview Build(
        DateTimeOffset now,
        TimeSpan timelineSpan,
        TimeSpan bucketWidth,
        IReadOnlyList<MerchantOperationsView> merchants,
        IReadOnlyList<SiloFigures> silos,
        IReadOnlyList<(string MerchantId, WebhookDeliveryStats? Stats, bool Configured, IReadOnlyList<WebhookDeadLetterEntry> DeadLetters)> webhooks,
        IReadOnlyList<ReconciliationStatus> reconciliation)
    {
        ArgumentNullException.ThrowIfNull(merchants);
        ArgumentNullException.ThrowIfNull(silos);
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(reconciliation);
        var merged = ActivityTimeline.Merge(merchants.Select(m => m.Buckets));
        var timeline = ActivityTimeline.Dense(merged, now - timelineSpan + bucketWidth, now, bucketWidth);
        var (channels, face) = SiloFigures.Sum(silos);
        var activities = Enum.GetValues<OrderActivity>();
        var window = silos.Count == 0 ? TimeSpan.Zero : silos.Max(s => s.Window);
        return new OperationsOverview
        {
            GeneratedAt = now,
            Merchants = [.. merchants.Select(m => m.MerchantId)],
            BucketSeconds = bucketWidth.TotalSeconds,
            Timeline = [.. timeline.Select(Point)],
            Totals = activities.ToImmutableSortedDictionary(a => a.ToString(), a => timeline.Sum(b => b.Count(a)), StringComparer.Ordinal),
            OpenByState = merchants.SelectMany(m => m.OpenByState)
                .GroupBy(s => s.Key)
                .ToImmutableSortedDictionary(g => g.Key.ToString(), g => g.Sum(s => s.Value), StringComparer.Ordinal),
            LatestOrders = [.. merchants.SelectMany(m => m.LatestOrders).OrderByDescending(o => o.UpdatedAt).Take(ListLength).Select(o => Line(o, now))],
            AwaitingQuery = [.. merchants.SelectMany(m => m.AwaitingQuery).OrderBy(o => o.OutcomeUnknownSince).Take(ListLength).Select(o => Line(o, now))],
            OpenPastExpiry = [.. merchants.SelectMany(m => m.OpenPastExpiry).OrderBy(o => o.ExpiresAt).Take(ListLength).Select(o => Line(o, now))],
            RecentFailures = [.. merchants.SelectMany(m => m.RecentFailures).OrderByDescending(f => f.At).Take(ListLength)
                .Select(f => new FailureLine(f.Key.MerchantId, f.Key.OutTradeNo, f.Activity.ToString(), f.At, f.Channel?.ToString(), f.Code, f.Message))],
            Channels = [.. channels.Select(c => new ChannelHealth(c.Channel, c.Calls, c.Errors, c.ErrorRate, c.Outcomes, c.Durations.Summarize(), c.BreakerState))],
            Face = new FaceCheckHealth(face.Accepted + face.Rejected, face.Accepted, face.Rejected, face.Busy, face.Durations.Summarize(), face.Rejections),
            Silos = [.. silos.Select(s => s.Silo)],
            FiguresWindowSeconds = window.TotalSeconds,
            Webhooks = [.. webhooks.Select(w => new WebhookLine(
                w.MerchantId, w.Configured, w.Stats?.Pending ?? 0, w.Stats?.DeadLetters ?? 0, w.Stats?.Delivered ?? 0, w.Stats?.FailedAttempts ?? 0, w.Stats?.Replayed ?? 0, w.Stats?.LastDeliveredAt))],
            DeadLetters = [.. webhooks.SelectMany(w => w.DeadLetters.OrderByDescending(d => d.DeadLetteredAt).Take(10)
                    .Select(d => new DeadLetterLine(w.MerchantId, d.EventId, d.EventType, d.Attempts, d.DeadLetteredAt, d.LastFailure)))
                .OrderByDescending(d => d.DeadLetteredAt)],
            Reconciliation = [.. reconciliation.Select(Line)],
            DroppedOpenOrders = merchants.Sum(m => m.DroppedOpenOrders),
        };
    }

    private static ActivityPoint Point(ActivityBucket bucket)
    {
        var activities = Enum.GetValues<OrderActivity>();
        PaymentChannel?[] channels = [PaymentChannel.Alipay, PaymentChannel.WechatPay, null];
        return new ActivityPoint(
            bucket.Start,
            activities.ToImmutableSortedDictionary(a => a.ToString(), a => bucket.Count(a), StringComparer.Ordinal),
            channels.ToImmutableSortedDictionary(
                c => c?.ToString() ?? "Unknown",
                c => (IReadOnlyDictionary<string, long>)activities.ToImmutableSortedDictionary(a => a.ToString(), a => bucket.Count(a, c), StringComparer.Ordinal),
                StringComparer.Ordinal));
    }

    private static OrderLine Line(TrackedOrder order, DateTimeOffset now) => new(
        order.Key.MerchantId,
        order.Key.OutTradeNo,
        order.State.ToString(),
        order.Channel?.ToString(),
        order.Amount?.MinorUnits,
        order.Amount?.Currency.Code,
        order.UpdatedAt,
        order.ExpiresAt,
        order.IsOpenPastExpiry(now),
        order.OutcomeUnknownSince,
        order.LastCode);

    private static ReconciliationLine Line(ReconciliationStatus status) => new(
        status.Channel.ToString(),
        status.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        status.Phase.ToString(),
        status.Error,
        status.Report?.RunNumber,
        status.Report?.Matched,
        status.Report?.DiscrepancyCount,
        status.Report?.OpenCount,
        status.Report?.RepairedCount,
        status.Report?.IsClean,
        status.Report?.CompletedAt);
}
