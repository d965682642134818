namespace FacePay.Domain.Webhooks;

/// <summary>Bounds that keep one merchant's ledger (a single grain state row) small.</summary>
/// <param name="MaxPending">Most events waiting for delivery; beyond it new events are dead-lettered at once.</param>
/// <param name="MaxDeadLetters">Most dead letters kept; the oldest are dropped first.</param>
/// <param name="MaxRememberedDeliveries">Most delivered event ids remembered for deduplication; the oldest are forgotten first.</param>
public sealed record WebhookLedgerLimits(int MaxPending = 10_000, int MaxDeadLetters = 1_000, int MaxRememberedDeliveries = 10_000)
{
    /// <summary>The default bounds.</summary>
    public static WebhookLedgerLimits Default { get; } = new();
}
