using System.Collections.Immutable;
using FacePay.Channels.Abstractions;
using FacePay.Contracts;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Reconciliation;
using FacePay.Domain;
using FacePay.Grains.Channels;
using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Ledger;
using FacePay.Reconciliation.Matching;
using FacePay.Reconciliation.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Reconciliation;

/// <summary>
/// Reconciles one channel's bill of one day (key <c>{channel}/{yyyy-MM-dd}</c>): download the bill into a temporary
/// file, read the day's ledger, stream the bill past it (<see cref="BillMatcher"/>), classify what does not line up
/// with each order (<see cref="DiscrepancyClassifier"/>), repair what is safe through the orders themselves, assess
/// (<see cref="RepairAssessment"/>), and store the report. Everything that can fail on a bad bill happens before
/// any repair, so a bill that cannot be trusted changes nothing.
/// </summary>
public sealed partial class ReconciliationGrain(
    [PersistentState("reconciliation", ProviderNames.GrainStorage)] IPersistentState<ReconciliationGrainState> state,
    IPaymentChannelProvider channels,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<ReconciliationGrain> logger) : Grain, IReconciliationGrain
{
    // The channel's answer when a day has no trades at all (WeChat); Alipay serves an empty bill instead.
    private const string NoStatement = "NO_STATEMENT_EXIST";

    private readonly ReconciliationOptions _options = options.Value;
    private readonly ReconciliationProgress _progress = new();
    private Task? _run;

    private ReconciliationKey Key => ReconciliationKey.Parse(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public Task<ReconciliationStatus> StartAsync()
    {
        EnsureRunning();
        return GetStatusAsync();
    }

    /// <inheritdoc />
    public async Task<ReconciliationStatus> RunAsync()
    {
        await EnsureRunning();
        return await GetStatusAsync();
    }

    /// <inheritdoc />
    public Task<ReconciliationStatus> GetStatusAsync()
    {
        var key = Key;
        return Task.FromResult(new ReconciliationStatus(
            key.Channel, key.Date, _progress.Phase, _progress.LinesRead, _progress.ItemsDone, _progress.ItemsTotal, _progress.Error, state.State.Report));
    }

    private Task EnsureRunning()
    {
        if (_run is null || _run.IsCompleted)
        {
            _progress.Reset();

            // A run can outlast the idle collection age; keep the activation (and its progress) until it is done.
            DelayDeactivation(_options.BillDownloadTimeout + TimeSpan.FromHours(1));
            _run = RunGuardedAsync();
        }

        return _run;
    }

    private async Task RunGuardedAsync()
    {
        try
        {
            state.State.Report = await RunOnceAsync(Key);
            await state.WriteStateAsync();
            _progress.Start(ReconciliationPhase.Completed);
            LogCompleted(this.GetPrimaryKeyString(), state.State.Report.Bill.Lines, state.State.Report.DiscrepancyCount, state.State.Report.OpenCount);
        }
        catch (Exception ex) when (ex is ReconciliationRunException or BillFormatException or ChannelBillDownloadException or OperationCanceledException)
        {
            _progress.Error = ex.Message;
            _progress.Start(ReconciliationPhase.Failed);
            LogFailed(this.GetPrimaryKeyString(), ex.Message);
        }
        catch (Exception ex)
        {
            _progress.Error = "Unexpected failure: " + ex.Message;
            _progress.Start(ReconciliationPhase.Failed);
            LogCrashed(ex, this.GetPrimaryKeyString());
        }
    }

    private async Task<ReconciliationReport> RunOnceAsync(ReconciliationKey key)
    {
        var startedAt = time.GetUtcNow();
        if (!_options.MerchantIds.TryGetValue(key.Channel, out var merchantId))
        {
            throw new ReconciliationRunException($"No merchant is configured for {key.Channel} ({ReconciliationOptions.Section}:MerchantIds:{key.Channel}).");
        }

        var tempPath = Path.Combine(Path.GetTempPath(), $"facepay-bill-{Guid.NewGuid():N}");
        await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var hasBill = await DownloadAsync(key, file);

        var ledger = (await ReadLedgerAsync(key)).Where(e => e.Order.MerchantId == merchantId).ToList();
        _progress.Start(ReconciliationPhase.Matching);

        // Parsing is CPU work on a file: off the grain's scheduler, so status calls stay answered.
        var match = await Task.Run(() => Match(hasBill ? file : null, key.Channel, ledger));

        var discrepancies = await ClassifyAsync(match.Findings, merchantId);
        discrepancies = await RepairAsync(discrepancies);
        var kept = discrepancies.Take(_options.MaxStoredDiscrepancies).ToImmutableList();
        return new ReconciliationReport(
            key.Channel,
            key.Date,
            (state.State.Report?.RunNumber ?? 0) + 1,
            startedAt,
            time.GetUtcNow(),
            match.Bill,
            match.LedgerEntries,
            match.Matched,
            kept,
            discrepancies.Count);
    }

    private async Task<bool> DownloadAsync(ReconciliationKey key, FileStream file)
    {
        var channel = channels.Get(ChannelResultMapping.ToKind(key.Channel));
        using var timeout = new CancellationTokenSource(_options.BillDownloadTimeout);
        var bill = await channel.GetBillAsync(new ChannelBillRequest(key.Date), timeout.Token);
        if (bill.Outcome != ChannelOutcome.Success)
        {
            if (bill.ErrorCode == NoStatement)
            {
                return false;
            }

            throw new ReconciliationRunException($"The {key.Channel} bill of {key.Date:yyyy-MM-dd} is not available: {bill.ErrorCode} {bill.ErrorMessage}".TrimEnd());
        }

        await channel.DownloadBillAsync(bill, file, timeout.Token);
        file.Position = 0;
        return true;
    }

    private async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(ReconciliationKey key)
    {
        var buckets = await Task.WhenAll(LedgerBuckets.KeysOf(key.Channel, key.Date)
            .Select(bucket => GrainFactory.GetGrain<ILedgerBucketGrain>(bucket).GetEntriesAsync()));
        return [.. buckets.SelectMany(b => b)];
    }

    private MatchResult Match(Stream? file, PaymentChannel channel, IReadOnlyList<LedgerEntry> ledger)
    {
        var matcher = new BillMatcher(ledger);
        if (file is not null)
        {
            foreach (var record in BillReaders.For(channel).Read(file))
            {
                matcher.Add(record);
                if ((matcher.Lines & 1023) == 0)
                {
                    _progress.ReadLines(matcher.Lines);
                }
            }
        }

        _progress.ReadLines(matcher.Lines);
        return matcher.Complete();
    }

    private async Task<List<Discrepancy>> ClassifyAsync(IReadOnlyList<MatchFinding> findings, string merchantId)
    {
        _progress.Start(ReconciliationPhase.Classifying, findings.Count);
        var results = new Discrepancy?[findings.Count];
        using var gate = new SemaphoreSlim(_options.LookupConcurrency);
        await Task.WhenAll(findings.Select(async (finding, index) =>
        {
            await gate.WaitAsync();
            try
            {
                var order = DiscrepancyClassifier.TryGetOrderKey(finding, merchantId, out var orderKey)
                    ? await Order(orderKey).GetOrderAsync()
                    : null;
                results[index] = DiscrepancyClassifier.Classify(finding, order);
            }
            finally
            {
                gate.Release();
                _progress.ItemDone();
            }
        }));
        return [.. results.OfType<Discrepancy>()];
    }

    private async Task<List<Discrepancy>> RepairAsync(List<Discrepancy> discrepancies)
    {
        var actionable = discrepancies.Count(d => d.Repair != RepairAction.None);
        _progress.Start(ReconciliationPhase.Repairing, Math.Min(actionable, _options.MaxRepairsPerRun));
        var repairs = 0;
        var assessed = new List<Discrepancy>(discrepancies.Count);
        foreach (var discrepancy in discrepancies)
        {
            if (discrepancy.Repair == RepairAction.None || discrepancy.OrderKey is null)
            {
                assessed.Add(discrepancy);
                continue;
            }

            if (repairs++ >= _options.MaxRepairsPerRun)
            {
                assessed.Add(discrepancy with { Detail = discrepancy.Detail + " Not repaired: the run's repair limit was reached." });
                continue;
            }

            assessed.Add(await RepairOneAsync(discrepancy));
            _progress.ItemDone();
        }

        return assessed;
    }

    // Repairs go through the order (its own rules, idempotent); the channel is then asked where the trade stands.
    private async Task<Discrepancy> RepairOneAsync(Discrepancy discrepancy)
    {
        var order = Order(OrderKey.Parse(discrepancy.OrderKey!));
        try
        {
            if (discrepancy.Repair == RepairAction.ReconcileOrder)
            {
                await order.ReconcileWithChannelAsync();
            }

            var after = await order.GetOrderAsync();
            var facts = await AskChannelAsync(discrepancy, after);
            return RepairAssessment.Assess(discrepancy, after, facts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRepairFailed(ex, discrepancy.OrderKey!, discrepancy.ChannelOutTradeNo);
            return discrepancy with { Detail = $"{discrepancy.Detail} Repair failed: {ex.Message}" };
        }
    }

    private async Task<ChannelFacts?> AskChannelAsync(Discrepancy discrepancy, Order? order)
    {
        if (order is null)
        {
            return null;
        }

        var gateway = GrainFactory.GetGrain<IChannelGatewayWorker>((long)order.Channel);
        if (discrepancy.ChannelOutRefundNo is { } refundNo)
        {
            if (order.Refunds.Find(r => r.ChannelOutRefundNo == refundNo) is not { } refund)
            {
                return null;
            }

            var refundResult = await gateway.QueryRefundAsync(discrepancy.ChannelOutTradeNo, refund);
            return refundResult is null
                ? new ChannelFacts(false, null, "no final answer (not found or processing)")
                : new ChannelFacts(refundResult.Outcome == RefundOutcome.Succeeded, refundResult.Amount, refundResult.Outcome.ToString());
        }

        var trade = await gateway.QueryAsync(discrepancy.ChannelOutTradeNo);
        return trade.Outcome is ChannelPaymentOutcome.Success or ChannelPaymentOutcome.DefiniteFailure
            ? new ChannelFacts(trade.Status == GatewayTradeStatus.Paid, trade.Amount, trade.ErrorCode is null ? trade.Status.ToString() : $"{trade.Status} {trade.ErrorCode}")
            : null;
    }

    private IOrderGrain Order(OrderKey key) => GrainFactory.GetGrain<IOrderGrain>(key.ToString());

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation {Key}: {Lines} bill lines, {Discrepancies} discrepancies, {Open} open.")]
    private partial void LogCompleted(string key, long lines, int discrepancies, int open);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation {Key} failed and changed nothing: {Reason}")]
    private partial void LogFailed(string key, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciliation {Key} failed unexpectedly.")]
    private partial void LogCrashed(Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation repair of {OrderKey} ({TradeNo}) failed; left open.")]
    private partial void LogRepairFailed(Exception exception, string orderKey, string tradeNo);
}
