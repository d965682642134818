using FacePay.Contracts;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Verification;
using FacePay.Grains.Channels;
using FacePay.Grains.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Orders;

/// <summary>
/// The single writer of one order: load, let the domain <see cref="Order"/> decide, persist, then act on the
/// decision (call the channel, publish events). Every accepted change is written before anything irreversible
/// is acknowledged; a charge whose outcome is unknown is resolved by querying the channel — by a timer while the
/// grain is active and by a durable reminder otherwise — and cancelled at the channel if it never completes.
/// </summary>
public sealed partial class OrderGrain(
    [PersistentState("order", ProviderNames.GrainStorage)] IPersistentState<OrderGrainState> state,
    TimeProvider time,
    IOptions<OrderProcessingOptions> options,
    ILogger<OrderGrain> logger,
    OrderMetrics? metrics = null) : Grain, IOrderGrain, IRemindable
{
    // One durable reminder per unfinished order: it expires the order when due and re-checks anything unsettled
    // at the channel, so a silo that dies mid-payment leaves nothing behind that no one looks at again.
    private const string LifecycleReminder = "lifecycle";

    private readonly OrderProcessingOptions _options = options.Value;
    private IGrainTimer? _pollTimer;
    private bool _lifecycleRegistered;

    // The handle from registering (or finding) the reminder: unregistering with it saves reading the reminder back
    // on the pay path. Null when only a tick proved the reminder exists; then it is read when needed.
    private IGrainReminder? _lifecycle;

    private Order? Current => state.State.Order;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Events written but perhaps not published before the last deactivation or crash go out again now.
        if (state.State.Outbox.Count > 0)
        {
            await PublishOutboxAsync();
            await state.WriteStateAsync(cancellationToken);
        }

        if (Current is { } order && !IsFinished(order))
        {
            _lifecycle = await this.GetReminder(LifecycleReminder, cancellationToken);
            _lifecycleRegistered = _lifecycle is not null;
        }

        await ReportLedgerAsync();

        if (NeedsChannelFollowUp(Current))
        {
            StartPolling();
        }
    }

    /// <inheritdoc />
    public async Task<OrderResult> CreateAsync(OrderCreationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Key.ToString() != this.GetPrimaryKeyString())
        {
            return OrderResult.Refused(OrderError.InvalidRequest, "The request's order key does not match the grain it was sent to.");
        }

        var now = time.GetUtcNow();
        var decision = OrderCreation.Decide(Current, request, now, ChangeSource.Api);
        switch (decision.Outcome)
        {
            case DecisionOutcome.Applied:
                await CommitAsync(decision.Order!, decision.Events);
                await RegisterLifecycleAsync();
                return OrderResult.Ok(OrderView.From(decision.Order!));
            case DecisionOutcome.Duplicate:
                return OrderResult.AlreadyApplied(OrderView.From(decision.Order!));
            default:
                return OrderResult.Refused(decision.Error, decision.Message, decision.Order is null ? null : OrderView.From(decision.Order));
        }
    }

    /// <inheritdoc />
    public Task<OrderView?> GetAsync() => Task.FromResult(Current is { } order ? OrderView.From(order) : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<OrderHistoryEntry>> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<OrderHistoryEntry>>(Current?.History ?? []);

    /// <inheritdoc />
    public async Task<OrderResult> CloseAsync()
    {
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.Close(CloseReason.MerchantRequest, time.GetUtcNow(), ChangeSource.Api);
        await ApplyAsync(decision);
        await SettleRemindersAsync();
        return ToResult(decision);
    }

    /// <inheritdoc />
    public async Task<OrderResult> CloseByOperatorAsync()
    {
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.Close(CloseReason.Operator, time.GetUtcNow(), ChangeSource.Operator);
        await ApplyAsync(decision);
        await SettleRemindersAsync();
        return ToResult(decision);
    }

    /// <inheritdoc />
    public async Task<OrderResult> StartVerificationAsync(string sessionId)
    {
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.StartVerification(sessionId, time.GetUtcNow(), ChangeSource.Api);
        await ApplyAsync(decision);
        return ToResult(decision);
    }

    /// <inheritdoc />
    public async Task<OrderResult> ApplyVerificationAsync(VerificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.ApplyVerification(result, time.GetUtcNow(), ChangeSource.Api);
        await ApplyAsync(decision);
        await SettleRemindersAsync();
        return ToResult(decision);
    }

    /// <inheritdoc />
    public async Task<OrderResult> PayAsync(PayOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.BeginPayment(command.Authorization, command.VerificationToken, time.GetUtcNow(), ChangeSource.Api);
        if (!decision.IsApplied)
        {
            return ToResult(decision);
        }

        if (command.Authorization == PaymentAuthorization.FaceVerification)
        {
            // The session is the authority on the token: it is spent there before the attempt is persisted, so a
            // token can authorise one charge only, whatever this grain was told about the verification.
            if (await SpendVerificationTokenAsync(order, command.VerificationToken!) is { } refusal)
            {
                return refusal;
            }

            // The session may have reported to this order while the token was being spent: decide on what is current.
            decision = Current!.BeginPayment(command.Authorization, command.VerificationToken, time.GetUtcNow(), ChangeSource.Api);
            if (!decision.IsApplied)
            {
                return ToResult(decision);
            }
        }

        // The attempt is on disk before the channel hears of it: a crash from here on is recovered by query.
        await CommitAsync(decision.Order, decision.Events);
        var attempt = decision.Attempt!;
        var result = await CallChannelAsync(
            gateway => gateway.PayAsync(new GatewayPayRequest(
                attempt.ChannelOutTradeNo, order.Amount, order.Description, command.Authorization, command.PayerCode, command.AgreementNo, command.DeviceId)),
            attempt.ChannelOutTradeNo);

        // Retryable answers have already been retried by the channel pipeline; what is left is not known for sure.
        var outcome = result.Outcome == ChannelPaymentOutcome.Retryable ? ChannelPaymentOutcome.Unknown : result.Outcome;
        var applied = await ApplyPaymentAsync((result with { Outcome = outcome }).ToPaymentResult(ChangeSource.ChannelResponse));
        return ToResult(applied);
    }

    /// <inheritdoc />
    public async Task<OrderResult> RefundAsync(RefundOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current is not { } order)
        {
            return NotFound();
        }

        var decision = order.RequestRefund(command.OutRefundNo, command.Amount, command.Reason, time.GetUtcNow(), ChangeSource.Api);
        if (!decision.IsApplied)
        {
            return ToResult(decision);
        }

        await CommitAsync(decision.Order, decision.Events);
        var refund = decision.Refund!;
        var paid = decision.Order.SucceededAttempt!;
        Domain.ChannelRefundResult? result = null;
        try
        {
            result = await Gateway(decision.Order).RefundAsync(paid.ChannelOutTradeNo, refund, decision.Order.Amount);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogChannelCallFailed(ex, this.GetPrimaryKeyString(), refund.ChannelOutRefundNo);
        }

        if (result is not null)
        {
            var settled = Current!.ApplyRefundResult(result, time.GetUtcNow());
            await ApplyAsync(settled);
            await EnsurePollingAsync();
            return ToResult(settled);
        }

        // Processing or unknown: the refund stays pending and is settled by query or notification.
        await EnsurePollingAsync();
        return ToResult(decision with { Order = Current! });
    }

    /// <inheritdoc />
    public async Task<NotificationDisposition> ApplyPaymentNotificationAsync(ChannelPaymentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Current is null)
        {
            return new NotificationDisposition(false, "unknown order");
        }

        var decision = await ApplyPaymentAsync(result with { Source = ChangeSource.ChannelNotification });
        return ToDisposition(decision);
    }

    /// <inheritdoc />
    public async Task<NotificationDisposition> ApplyRefundNotificationAsync(Domain.ChannelRefundResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Current is not { } order)
        {
            return new NotificationDisposition(false, "unknown order");
        }

        var decision = order.ApplyRefundResult(result with { Source = ChangeSource.ChannelNotification }, time.GetUtcNow());
        await ApplyAsync(decision);
        await EnsurePollingAsync();
        return ToDisposition(decision);
    }

    /// <inheritdoc />
    public async Task<OrderResult> ReconcileWithChannelAsync()
    {
        if (Current is null)
        {
            return NotFound();
        }

        await PollChannelAsync(cancelWhenStale: false);
        await RecheckFailuresAsync();
        return OrderResult.Ok(OrderView.From(Current!));
    }

    /// <inheritdoc />
    public Task<Order?> GetOrderAsync() => Task.FromResult(Current);

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != LifecycleReminder)
        {
            return;
        }

        // A tick proves the reminder exists, even on an order that finished before a crash could unregister it.
        _lifecycleRegistered = true;
        await ReportLedgerAsync();

        if (NeedsChannelFollowUp(Current))
        {
            await PollChannelAsync(cancelWhenStale: true);
        }
        else
        {
            await ExpireIfDueAsync();
        }

        await SettleRemindersAsync();
    }

    // The order must be bound to exactly this token, and its session must agree to spend it (single use, not expired,
    // this order and amount). A token the session already spent is accepted only while no attempt has used it: the
    // previous pay call spent it and crashed before its attempt was written, and the token can only ever pay this order.
    private async Task<OrderResult?> SpendVerificationTokenAsync(Order order, string token)
    {
        if (!order.IsBoundToVerificationToken(token) || !Guid.TryParse(order.Verification!.SessionId, out var sessionId))
        {
            return OrderResult.Refused(
                OrderError.InvalidVerificationToken, "The verification token is not the one this order's face verification issued, or it was already spent.", OrderView.From(order));
        }

        TokenRedemptionResult redemption;
        using (RequestContext.AllowCallChainReentrancy())
        {
            // The session may re-send its conclusion to this order while activating; let that call in instead of deadlocking.
            redemption = await GrainFactory.GetGrain<IVerificationSessionGrain>(sessionId).RedeemTokenAsync(token, order.GrainKey, order.Amount);
        }

        return redemption.Redeemed || redemption.Error == TokenRedemptionError.AlreadyRedeemed
            ? null
            : OrderResult.Refused(OrderError.InvalidVerificationToken, $"The verification session refused the token: {redemption.Error}.", OrderView.From(Current!));
    }

    private IChannelGatewayWorker Gateway(Order order) => GrainFactory.GetGrain<IChannelGatewayWorker>((long)order.Channel);

    // Calls the channel; an exception (timeout after send, broken connection) is an unknown outcome, not a failure.
    private async Task<GatewayTradeResult> CallChannelAsync(Func<IChannelGatewayWorker, Task<GatewayTradeResult>> call, string channelOutTradeNo)
    {
        try
        {
            return await call(Gateway(Current!));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogChannelCallFailed(ex, this.GetPrimaryKeyString(), channelOutTradeNo);
            return new GatewayTradeResult(ChannelPaymentOutcome.Unknown, GatewayTradeStatus.Unknown, channelOutTradeNo, ErrorCode: "CALL_FAILED");
        }
    }

    private async Task<OrderDecision> ApplyPaymentAsync(ChannelPaymentResult result)
    {
        var decision = Current!.ApplyChannelResult(result, time.GetUtcNow());
        await ApplyAsync(decision);

        switch (decision.Action)
        {
            case ChannelAction.AlertAmountMismatch:
                LogAmountMismatch(this.GetPrimaryKeyString(), result.Source, result.Amount?.ToString() ?? "none", Current!.Amount.ToString());
                break;
            case ChannelAction.ReverseUnexpectedCharge when decision.Attempt is { } unexpected:
                // Money taken for an attempt we no longer want goes back to the payer.
                LogReversingUnexpectedCharge(this.GetPrimaryKeyString(), unexpected.ChannelOutTradeNo);
                await CallChannelAsync(gateway => gateway.CancelAsync(unexpected.ChannelOutTradeNo), unexpected.ChannelOutTradeNo);
                break;
        }

        await SettleRemindersAsync();
        await EnsurePollingAsync();
        return decision;
    }

    // One round of asking the channel about whatever is unsettled: an unknown charge and pending refunds.
    private async Task PollChannelAsync(bool cancelWhenStale)
    {
        if (Current is not { } order)
        {
            return;
        }

        if (order.CurrentAttempt is { Status: PaymentAttemptStatus.Unknown or PaymentAttemptStatus.Pending } attempt && order.State == OrderState.Paying)
        {
            var query = await CallChannelAsync(gateway => gateway.QueryAsync(attempt.ChannelOutTradeNo), attempt.ChannelOutTradeNo);
            switch (query.Status)
            {
                case GatewayTradeStatus.Paid:
                    await ApplyPaymentAsync(new ChannelPaymentResult(
                        attempt.ChannelOutTradeNo, ChannelPaymentOutcome.Success, ChangeSource.ChannelQuery, query.Amount, query.ChannelTradeNo));
                    break;
                case GatewayTradeStatus.Closed:
                    await ApplyPaymentAsync(new ChannelPaymentResult(
                        attempt.ChannelOutTradeNo, ChannelPaymentOutcome.DefiniteFailure, ChangeSource.ChannelQuery, ErrorCode: query.ErrorCode ?? "TRADE_CLOSED"));
                    break;
                default:
                    if (cancelWhenStale && time.GetUtcNow() - attempt.StartedAt >= _options.QueryWindow)
                    {
                        await CancelStaleAttemptAsync(attempt);
                    }

                    break;
            }
        }

        foreach (var refund in Current!.Refunds.Where(r => r.Status == RefundStatus.Pending).ToList())
        {
            try
            {
                var paid = Current!.SucceededAttempt!;
                if (await Gateway(Current!).FollowUpRefundAsync(paid.ChannelOutTradeNo, refund, Current!.Amount) is { } settled)
                {
                    await ApplyAsync(Current!.ApplyRefundResult(settled, time.GetUtcNow()));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogChannelCallFailed(ex, this.GetPrimaryKeyString(), refund.ChannelOutRefundNo);
            }
        }

        await EnsurePollingAsync();
    }

    // The channel never confirmed the charge within the window: cancel it there (closes or reverses), then record the failure.
    private async Task CancelStaleAttemptAsync(PaymentAttempt attempt)
    {
        var cancel = await CallChannelAsync(gateway => gateway.CancelAsync(attempt.ChannelOutTradeNo), attempt.ChannelOutTradeNo);
        if (cancel.Outcome == ChannelPaymentOutcome.Success || cancel.Status is GatewayTradeStatus.Closed or GatewayTradeStatus.NotFound)
        {
            await ApplyPaymentAsync(new ChannelPaymentResult(
                attempt.ChannelOutTradeNo, ChannelPaymentOutcome.DefiniteFailure, ChangeSource.ChannelQuery, ErrorCode: "CANCELLED_UNCONFIRMED"));
        }
    }

    private async Task ExpireIfDueAsync()
    {
        if (Current is not { } order || IsFinished(order))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (!order.IsExpiredAt(now) || order.State == OrderState.Paying)
        {
            // A charge in flight is settled first (by query or cancel); the next tick closes the order.
            return;
        }

        await ApplyAsync(order.Expire(now, ChangeSource.Reminder));
    }

    private async Task ApplyAsync(OrderDecision decision)
    {
        if (decision.IsApplied)
        {
            await CommitAsync(decision.Order, decision.Events);
        }
    }

    // Persist first, publish second: subscribers never hear of a change that could still be lost.
    private async Task CommitAsync(Order order, IEnumerable<PaymentEvent> events)
    {
        var previous = state.State.Order;
        var (outboxCount, ledgerCount) = (state.State.Outbox.Count, state.State.PendingLedger.Count);
        var changes = events as IReadOnlyCollection<PaymentEvent> ?? [.. events];
        await AddLedgerEntriesAsync(order, changes);
        state.State.Order = order;
        state.State.Outbox.AddRange(changes);
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not durable, so nobody may see it: reads would report a change that nothing writes or publishes again.
            // Back to what was stored, and a fresh activation (reloaded from storage) for the next call, in case the
            // write did land and only its answer was lost.
            state.State.Order = previous;
            state.State.Outbox.RemoveRange(outboxCount, state.State.Outbox.Count - outboxCount);
            state.State.PendingLedger.RemoveRange(ledgerCount, state.State.PendingLedger.Count - ledgerCount);
            LogWriteFailed(ex, this.GetPrimaryKeyString());
            this.DeactivateOnIdle();
            throw;
        }

        var before = previous?.State;
        metrics?.Record(before, order.State);

        // The stream and the ledger do not depend on each other: both round trips at once, not one after the other,
        // on the way back to the caller. They touch different parts of the state (outbox, pending ledger).
        await Task.WhenAll(PublishOutboxAsync(), ReportLedgerThenSettleAsync(order));
    }

    private async Task ReportLedgerThenSettleAsync(Order order)
    {
        if (await ReportLedgerAsync() && IsFinished(order))
        {
            await SettleRemindersAsync();
        }
    }

    private async Task PublishOutboxAsync()
    {
        if (state.State.Outbox.Count == 0)
        {
            return;
        }

        var key = OrderKey.Parse(this.GetPrimaryKeyString());
        var stream = this.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, key.MerchantId));
        try
        {
            foreach (var paymentEvent in state.State.Outbox)
            {
                await stream.OnNextAsync(paymentEvent);
            }

            // Cleared in memory; the next write persists it. A crash before then republishes, which subscribers dedupe.
            state.State.Outbox.Clear();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(ex, this.GetPrimaryKeyString(), state.State.Outbox.Count);
        }
    }

    private static bool NeedsChannelFollowUp(Order? order) =>
        order is not null && (order.NeedsQuery
            || (order.State == OrderState.Paying && order.CurrentAttempt?.Status == PaymentAttemptStatus.Pending)
            || order.Refunds.Any(r => r.Status == RefundStatus.Pending));

    // While something is unsettled: a fast timer while active, and the durable lifecycle reminder behind it.
    private async Task EnsurePollingAsync()
    {
        if (NeedsChannelFollowUp(Current))
        {
            StartPolling();
            await RegisterLifecycleAsync();
        }
        else
        {
            _pollTimer?.Dispose();
            _pollTimer = null;
        }
    }

    private async Task RegisterLifecycleAsync()
    {
        if (!_lifecycleRegistered)
        {
            _lifecycle = await this.RegisterOrUpdateReminder(LifecycleReminder, _options.RecoveryPeriod, _options.RecoveryPeriod);
            _lifecycleRegistered = true;
        }
    }

    // Paid (or refunded) and closed orders with nothing pending at the channel or in the ledger need no reminder.
    private bool IsFinished(Order order) =>
        (order.IsPaid || order.State == OrderState.Closed) && !NeedsChannelFollowUp(order) && state.State.PendingLedger.Count == 0;

    private void StartPolling() =>
        _pollTimer ??= this.RegisterGrainTimer(_ => PollChannelAsync(cancelWhenStale: true), _options.QueryInterval, _options.QueryInterval);

    private async Task SettleRemindersAsync()
    {
        if (_lifecycleRegistered && Current is { } order && IsFinished(order))
        {
            if ((_lifecycle ?? await this.GetReminder(LifecycleReminder)) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _lifecycle = null;
            _lifecycleRegistered = false;
        }
    }

    private OrderResult NotFound() =>
        OrderResult.Refused(OrderError.NotFound, $"No order exists under '{this.GetPrimaryKeyString()}'.");

    private static OrderResult ToResult(OrderDecision decision) => decision.Outcome switch
    {
        DecisionOutcome.Applied => OrderResult.Ok(OrderView.From(decision.Order)),
        DecisionOutcome.Refused => OrderResult.Refused(decision.Error, decision.Message, OrderView.From(decision.Order)),
        _ => OrderResult.AlreadyApplied(OrderView.From(decision.Order)),
    };

    // Applied, duplicate or ignored notifications are acknowledged: their effect (or the absence of one) is on disk.
    private static NotificationDisposition ToDisposition(OrderDecision decision) =>
        decision.IsRefused && decision.Error != OrderError.UnexpectedCharge
            ? new NotificationDisposition(false, $"{decision.Error}: {decision.Message}")
            : NotificationDisposition.Acknowledged;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel call for order {OrderKey} ({ChannelNo}) failed; the outcome is treated as unknown.")]
    private partial void LogChannelCallFailed(Exception exception, string orderKey, string channelNo);

    [LoggerMessage(Level = LogLevel.Critical, Message = "ALERT amount mismatch on order {OrderKey}: {Source} reports {Reported}, the order is {Expected}. Not applied.")]
    private partial void LogAmountMismatch(string orderKey, ChangeSource source, string reported, string expected);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderKey}: reversing an unexpected charge on {ChannelNo}.")]
    private partial void LogReversingUnexpectedCharge(string orderKey, string channelNo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderKey}: writing a change failed; it is dropped and the order reloads what was stored.")]
    private partial void LogWriteFailed(Exception exception, string orderKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderKey}: publishing {Count} event(s) failed; they stay in the outbox.")]
    private partial void LogPublishFailed(Exception exception, string orderKey, int count);
}
