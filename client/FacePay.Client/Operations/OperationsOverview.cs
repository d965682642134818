namespace FacePay.Client.Operations;

/// <summary>The payments console's figures at one moment (see <see cref="IOperationsClient.GetOverviewAsync"/>).</summary>
public sealed record OperationsOverview
{
    /// <summary>When the figures were read.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The merchants with a read model.</summary>
    public required IReadOnlyList<string> Merchants { get; init; }

    /// <summary>The width of a timeline bucket, in seconds.</summary>
    public required double BucketSeconds { get; init; }

    /// <summary>Order activity per bucket over every merchant, oldest first, without gaps.</summary>
    public required IReadOnlyList<ActivityPoint> Timeline { get; init; }

    /// <summary>The timeline's totals by activity.</summary>
    public required IReadOnlyDictionary<string, long> Totals { get; init; }

    /// <summary>Open orders by state (of the tracked ones).</summary>
    public required IReadOnlyDictionary<string, int> OpenByState { get; init; }

    /// <summary>The most recently changed orders, newest first.</summary>
    public required IReadOnlyList<OrderLine> LatestOrders { get; init; }

    /// <summary>Orders whose payment outcome is unknown, waiting for a channel query, longest waiting first.</summary>
    public required IReadOnlyList<OrderLine> AwaitingQuery { get; init; }

    /// <summary>Unpaid orders past their expiry, not closed yet.</summary>
    public required IReadOnlyList<OrderLine> OpenPastExpiry { get; init; }

    /// <summary>Recent payment and refund failures, newest first.</summary>
    public required IReadOnlyList<FailureLine> RecentFailures { get; init; }

    /// <summary>Per channel: calls, error rate, latency, breaker, over <see cref="FiguresWindowSeconds"/>.</summary>
    public required IReadOnlyList<ChannelHealth> Channels { get; init; }

    /// <summary>Face checks over <see cref="FiguresWindowSeconds"/>.</summary>
    public required FaceCheckHealth Face { get; init; }

    /// <summary>The silos whose figures are included.</summary>
    public required IReadOnlyList<string> Silos { get; init; }

    /// <summary>How far back the silos' figures reach, in seconds.</summary>
    public required double FiguresWindowSeconds { get; init; }

    /// <summary>Webhook delivery per merchant.</summary>
    public required IReadOnlyList<WebhookLine> Webhooks { get; init; }

    /// <summary>Dead-lettered webhooks, newest first (at most ten per merchant).</summary>
    public required IReadOnlyList<DeadLetterLine> DeadLetters { get; init; }

    /// <summary>Reconciliation of the last days, per channel.</summary>
    public required IReadOnlyList<ReconciliationLine> Reconciliation { get; init; }

    /// <summary>Open orders that fell out of tracking (non-zero: the open lists may be incomplete).</summary>
    public required long DroppedOpenOrders { get; init; }
}
