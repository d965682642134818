using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Grains.Channels;
using FacePay.Grains.Reconciliation;
using FacePay.Reconciliation.Ledger;
using Microsoft.Extensions.Logging;

namespace FacePay.Grains.Orders;

/// <summary>
/// The order's part in reconciliation: it feeds the day's ledger (an index Orleans cannot give by query) with each
/// payment and refund, durably — the entries go into the same state write as the change, are reported to their
/// ledger bucket after it, and stay pending (with the lifecycle reminder kept) until a bucket confirms them — and it
/// re-checks failed attempts and refunds when reconciliation asks.
/// </summary>
public sealed partial class OrderGrain
{
    // Called before the state write: the reminder that retries a lost report must exist before the entry does.
    private async Task AddLedgerEntriesAsync(Order order, IReadOnlyCollection<PaymentEvent> events)
    {
        var entries = OrderLedger.EntriesFor(order, events).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        await RegisterLifecycleAsync();
        state.State.PendingLedger.AddRange(entries);
    }

    // Reports pending entries; true when nothing is left pending. Buckets dedupe by entry id, so a repeat is harmless.
    private async Task<bool> ReportLedgerAsync()
    {
        var pending = state.State.PendingLedger;
        if (pending.Count == 0)
        {
            return true;
        }

        try
        {
            await Task.WhenAll(pending
                .GroupBy(LedgerBuckets.KeyOf, StringComparer.Ordinal)
                .Select(bucket => GrainFactory.GetGrain<ILedgerBucketGrain>(bucket.Key).RecordAsync([.. bucket])));

            // Cleared in memory; the next write persists it. A crash before then reports again.
            pending.Clear();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLedgerReportFailed(ex, this.GetPrimaryKeyString(), pending.Count);
            return false;
        }
    }

    // A channel can take money (or make a refund) after answering "failed": ask about what we hold as failed.
    private async Task RecheckFailuresAsync()
    {
        foreach (var attempt in Current!.Attempts.Where(a => a.Status == PaymentAttemptStatus.Failed).ToList())
        {
            var query = await CallChannelAsync(gateway => gateway.QueryAsync(attempt.ChannelOutTradeNo), attempt.ChannelOutTradeNo);
            if (query is { Outcome: ChannelPaymentOutcome.Success, Status: GatewayTradeStatus.Paid })
            {
                await ApplyPaymentAsync(new ChannelPaymentResult(
                    attempt.ChannelOutTradeNo, ChannelPaymentOutcome.Success, ChangeSource.ChannelQuery, query.Amount, query.ChannelTradeNo));
            }
        }

        foreach (var refund in Current!.Refunds.Where(r => r.Status == RefundStatus.Failed).ToList())
        {
            if (Current!.SucceededAttempt is not { } paid)
            {
                break;
            }

            try
            {
                if (await Gateway(Current!).QueryRefundAsync(paid.ChannelOutTradeNo, refund) is { Outcome: RefundOutcome.Succeeded } settled)
                {
                    await ApplyAsync(Current!.ApplyRefundResult(settled, time.GetUtcNow()));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogChannelCallFailed(ex, this.GetPrimaryKeyString(), refund.ChannelOutRefundNo);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderKey}: reporting {Count} ledger entr(ies) failed; the lifecycle reminder retries.")]
    private partial void LogLedgerReportFailed(Exception exception, string orderKey, int count);
}
