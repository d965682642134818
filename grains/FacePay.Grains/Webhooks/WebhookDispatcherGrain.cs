using FacePay.Contracts;
using FacePay.Contracts.Webhooks;
using FacePay.Domain.Events;
using FacePay.Domain.Webhooks;
using FacePay.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Core;
using Orleans.Streams;

namespace FacePay.Grains.Webhooks;

/// <summary>
/// Delivers one merchant's payment events as signed webhooks. Implicitly subscribed to the merchant's stream in
/// the <c>payments</c> namespace; each event is deduplicated and its payload stored (<see cref="WebhookDeliveryLedger"/>)
/// and written to PostgreSQL before any attempt, so a crash never loses or reshapes it. Attempts run on a grain
/// timer; a reminder wakes the grain while a backlog exists (and until its first tick finds none), so a restarted or
/// idle-collected dispatcher resumes.
/// </summary>
/// <remarks>
/// The delivery timer interleaves with the grain's other turns: while a round of requests is on the wire, the stream
/// keeps handing events in and each is stored, so one merchant's event rate is not bounded by its endpoint's answer
/// time. Only the non-interleaved turns write state; a round records its answers once no write is in flight, and
/// leaves writing them to the answer timer (see <see cref="WebhookDispatcherOptions.AnswerWriteDelay"/>).
/// <para>
/// The implicit subscription activates this grain for every merchant with payment events, on every silo that hosts
/// grains. A silo without <see cref="WebhookServiceCollectionExtensions.AddFacePayWebhooks"/> still activates it
/// (so the stream is not poisoned with activation failures): it logs an error and keeps configured merchants'
/// events queued, unsent, until a silo with the registration picks them up.
/// </para>
/// </remarks>
[ImplicitStreamSubscription(ProviderNames.PaymentStreamNamespace)]
public sealed class WebhookDispatcherGrain(
    [PersistentState("webhooks", ProviderNames.GrainStorage)] IPersistentState<WebhookDispatcherState> state,
    [PersistentState("webhook-deliveries", ProviderNames.GrainStorage)] IPersistentState<WebhookDeliveryMemory> deliveryMemory,
    IServiceProvider services,
    IOptions<WebhookDispatcherOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain, IRemindable
{
    /// <summary>The reminder that exists while the backlog is not empty, until a tick finds it empty.</summary>
    public const string BacklogReminderName = "webhook-backlog";

    // One pass delivers at most this many rounds before it reschedules itself, so that a long backlog is drained in
    // bounded passes (the reminder and the gauges are refreshed between them).
    private const int MaxRoundsPerPass = 8;

    private readonly WebhookDispatcherOptions _options = options.Value;
    private readonly WebhookHttpSender? _sender = services.GetService<WebhookHttpSender>();
    private readonly WebhookMetrics? _metrics = services.GetService<WebhookMetrics>();
    private IGrainTimer? _timer;
    private DeferredWrite? _answerWrite;
    private DeferredWrite? _memoryWrite;
    private IGrainReminder? _reminder;

    // Answers recorded in memory but not yet written (see OnActivateAsync for when they are).
    private bool _answersUnwritten;

    // Delivered ids remembered since the delivery memory was last written.
    private bool _memoryUnwritten;

    // A delivery pass is on the wire (it interleaves with other turns; there is never more than one).
    private bool _delivering;

    // The state write in flight, if any: an interleaved round waits for it before it changes the ledger.
    private Task? _stateWrite;

    private WebhookDeliveryLedger Ledger => state.State.Ledger;

    private string MerchantId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Ledger.UseDeliveryMemory(deliveryMemory.State);

        // Answers are written shortly after a round rather than at once: the next event's write (which comes first on a
        // busy dispatcher) carries them, so a busy merchant pays about one write per event instead of two. Until written,
        // an answer is only in memory; a crash in that window resends the stored bytes, the same as a crash between a
        // send and its write always did (webhooks are at least once, deduplicated by event id), and the reminder is only
        // removed once the empty backlog is on disk.
        _answerWrite = new DeferredWrite(this, _options.AnswerWriteDelay, () => _answersUnwritten ? WriteAsync() : Task.CompletedTask);

        // The remembered delivered ids only serve deduplication and are the bulk of what the dispatcher stores: their own
        // row, written at most once per DeliveryMemoryWriteDelay rather than with every event. A crash in the window can
        // forget the last ids delivered; a redelivery of one of those events is then sent again, with the same stored
        // bytes (webhooks are at least once, deduplicated by event id at the merchant).
        _memoryWrite = new DeferredWrite(this, _options.DeliveryMemoryWriteDelay, () => _memoryUnwritten ? WriteDeliveryMemoryAsync() : Task.CompletedTask);
        var stream = this.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, MerchantId));
        await stream.SubscribeAsync(OnEventsAsync);
        if (Ledger.Pending.Count > 0)
        {
            ScheduleAttempts();
        }
    }

    /// <inheritdoc />
    public async Task<WebhookConfiguration> ConfigureAsync(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && !_options.RequireHttps))
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException(
                _options.RequireHttps ? "The webhook URL must be an absolute https URL without credentials." : "The webhook URL must be an absolute http(s) URL without credentials.",
                nameof(endpoint));
        }

        if (!WebhookSigner.IsAcceptableSecret(endpoint.Secret))
        {
            throw new ArgumentException($"The webhook secret needs at least {WebhookSigner.MinSecretLength} bytes.", nameof(endpoint));
        }

        state.State.Endpoint = new WebhookEndpointState(url, endpoint.Secret, endpoint.Enabled, time.GetUtcNow());
        await WriteAsync();
        logger.LogInformation("Webhook endpoint of merchant {MerchantId} set (enabled: {Enabled})", MerchantId, endpoint.Enabled);
        if (endpoint.Enabled && Ledger.Pending.Count > 0)
        {
            ScheduleAttempts();
        }

        return View(state.State.Endpoint);
    }

    /// <inheritdoc />
    public Task<WebhookConfiguration?> GetConfigurationAsync() =>
        Task.FromResult(state.State.Endpoint is { } endpoint ? View(endpoint) : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookBacklogEntry>> GetBacklogAsync() =>
        Task.FromResult<IReadOnlyList<WebhookBacklogEntry>>(
        [
            .. Ledger.Pending.OrderBy(d => d.NextAttemptAt).Select(d =>
                new WebhookBacklogEntry(d.EventId, d.Payload.EventType, d.Attempts, d.QueuedAt, d.NextAttemptAt, d.LastFailure)),
        ]);

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookDeadLetterEntry>> GetDeadLettersAsync() =>
        Task.FromResult<IReadOnlyList<WebhookDeadLetterEntry>>(
        [
            .. Ledger.DeadLetters.Select(d => new WebhookDeadLetterEntry(
                d.EventId, d.Payload.EventType, d.Attempts, d.QueuedAt, d.DeadLetteredAt, d.LastFailure, d.Payload.BodyText)),
        ]);

    /// <inheritdoc />
    public async Task<WebhookReplayResult> ReplayDeadLetterAsync(string eventId)
    {
        if (!Ledger.Replay(eventId, time.GetUtcNow()))
        {
            return WebhookReplayResult.NotFound;
        }

        await WriteAsync();
        logger.LogInformation("Webhook {EventId} of merchant {MerchantId} replayed", eventId, MerchantId);
        await KeepReminderWhileBacklogAsync();
        ScheduleAttempts();
        return WebhookReplayResult.Requeued;
    }

    /// <inheritdoc />
    public Task<WebhookDeliveryStats> GetStatsAsync() => Task.FromResult(new WebhookDeliveryStats(
        Ledger.AcceptedCount,
        Ledger.DeliveredCount,
        Ledger.FailedAttemptCount,
        Ledger.DeadLetteredCount,
        Ledger.DuplicateCount,
        Ledger.ReplayedCount,
        state.State.IgnoredWithoutEndpoint,
        Ledger.Pending.Count,
        Ledger.DeadLetters.Count,
        Ledger.LastDeliveredAt));

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != BacklogReminderName)
        {
            return;
        }

        _reminder ??= await this.GetReminder(BacklogReminderName);

        // Delivery itself runs on the interleaving timer (this turn would hold up the stream for a whole round).
        ScheduleAttempts();
        if (Ledger.Pending.Count == 0 && _reminder is not null)
        {
            // The empty backlog must be on disk before nothing is left to wake this grain for what the disk still holds.
            if (_answersUnwritten)
            {
                await WriteAsync();
            }

            if (_memoryUnwritten)
            {
                await WriteDeliveryMemoryAsync();
            }

            // Only a tick that finds nothing left removes the reminder (see KeepReminderWhileBacklogAsync).
            await this.UnregisterReminder(_reminder);
            _reminder = null;
        }
    }

    // The stream hands over what has queued up for this merchant as one batch (PaymentStreamQueueSettings), so a busy
    // merchant pays one state write per batch rather than per event. The stream moves on only once this returns.
    private async Task OnEventsAsync(IList<SequentialItem<PaymentEvent>> events)
    {
        var accepted = 0;
        foreach (var item in events)
        {
            if (Accept(item.Item))
            {
                accepted++;
            }
        }

        if (accepted == 0)
        {
            return;
        }

        // The payloads are stored before any attempt: every attempt and replay sends these bytes. The write also
        // carries any answers recorded since the last one.
        await WriteAsync();
        await KeepReminderWhileBacklogAsync();
        ScheduleAttempts();
    }

    // Whether the event changed the ledger (and so must be written before the stream moves on).
    private bool Accept(PaymentEvent paymentEvent)
    {
        if (paymentEvent.MerchantId != MerchantId)
        {
            logger.LogWarning("Event {EventId} reached the webhook dispatcher of merchant {MerchantId}; ignored", paymentEvent.EventId, MerchantId);
            return false;
        }

        if (!paymentEvent.NotifiesMerchant)
        {
            // Operator-only events (the operations read model's) are not part of the webhook contract.
            return false;
        }

        if (state.State.Endpoint is not { Enabled: true })
        {
            // Not persisted on its own: merchants without webhooks should not cost a write per event.
            state.State.IgnoredWithoutEndpoint++;
            return false;
        }

        var acceptance = Ledger.Accept(WebhookPayload.Create(paymentEvent), time.GetUtcNow(), _options.Limits);
        if (acceptance == WebhookAcceptance.DeadLettered)
        {
            logger.LogWarning("Webhook backlog of merchant {MerchantId} is full; event {EventId} dead-lettered", MerchantId, paymentEvent.EventId);
        }

        return acceptance != WebhookAcceptance.Duplicate;
    }

    private async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (_delivering)
        {
            // The pass on the wire takes whatever became due when its round ends.
            return;
        }

        _delivering = true;
        try
        {
            await DeliverRoundsAsync(cancellationToken);
        }
        finally
        {
            _delivering = false;
        }

        await KeepReminderWhileBacklogAsync();
        ScheduleAttempts();
    }

    private async Task DeliverRoundsAsync(CancellationToken cancellationToken)
    {
        if (_sender is null)
        {
            logger.LogError(
                "Webhook delivery is not registered on this silo (services.AddFacePayWebhooks()); {Pending} events of merchant {MerchantId} wait",
                Ledger.Pending.Count, MerchantId);
        }
        else if (state.State.Endpoint is { Enabled: true } endpoint)
        {
            for (var round = 0; round < MaxRoundsPerPass && !cancellationToken.IsCancellationRequested; round++)
            {
                var due = Ledger.Due(time.GetUtcNow(), _options.MaxConcurrentDeliveries);
                if (due.Count == 0)
                {
                    break;
                }

                var results = await Task.WhenAll(due.Select(delivery =>
                    _sender.SendAsync(endpoint.Url, endpoint.Secret, delivery.Payload, delivery.Attempts + 1, cancellationToken)));

                // Other turns ran meanwhile; the ledger must not change under a write that is serializing it.
                await WaitForStateWriteAsync();
                Record(due, results);
                _answersUnwritten = true;
            }

            // Both timers are non-interleaving: their writes never overlap another.
            if (_answersUnwritten)
            {
                _answerWrite?.Request();
            }

            if (_memoryUnwritten)
            {
                _memoryWrite?.Request();
            }
        }
    }

    private void Record(IReadOnlyList<WebhookDelivery> due, WebhookAttemptResult[] results)
    {
        var now = time.GetUtcNow();
        for (var i = 0; i < due.Count; i++)
        {
            var eventId = due[i].EventId;
            if (results[i].Delivered)
            {
                _memoryUnwritten |= Ledger.RecordDelivered(eventId, now, _options.Limits);
                continue;
            }

            var outcome = Ledger.RecordFailure(eventId, results[i].Failure ?? "failed", now, _options.EffectiveSchedule, _options.Limits);
            if (outcome is { DeadLettered: true })
            {
                logger.LogWarning(
                    "Webhook {EventId} of merchant {MerchantId} dead-lettered after {Attempts} attempts: {Failure}",
                    eventId, MerchantId, due[i].Attempts + 1, results[i].Failure);
            }
        }
    }

    // Arms the in-memory timer for the earliest due attempt (or stops it when nothing is due or delivery is off).
    private void ScheduleAttempts()
    {
        var next = Ledger.NextAttemptAt;
        if (next is null || _sender is null || state.State.Endpoint is not { Enabled: true })
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = next.Value - time.GetUtcNow();
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(
                DeliverDueAsync, new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
        else
        {
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _metrics?.Forget(MerchantId);
        if (_answersUnwritten)
        {
            await WriteAsync();
        }

        if (_memoryUnwritten)
        {
            await WriteDeliveryMemoryAsync();
        }
    }

    // Not cancelled with a timer: what is in memory must reach the disk.
    private async Task WriteAsync()
    {
        _answersUnwritten = false;
        try
        {
            await TrackWriteAsync(state);
        }
        catch
        {
            _answersUnwritten = true;
            throw;
        }
    }

    private async Task WriteDeliveryMemoryAsync()
    {
        _memoryUnwritten = false;
        try
        {
            await TrackWriteAsync(deliveryMemory);
        }
        catch
        {
            _memoryUnwritten = true;
            throw;
        }
    }

    // Writes run in non-interleaved turns only, so two never overlap; _stateWrite lets an interleaved delivery round wait
    // for the one in flight before it changes what is being written.
    private async Task TrackWriteAsync(IStorage storage)
    {
        var write = storage.WriteStateAsync(CancellationToken.None);
        _stateWrite = write;
        try
        {
            await write;
        }
        finally
        {
            if (ReferenceEquals(_stateWrite, write))
            {
                _stateWrite = null;
            }
        }
    }

    private async Task WaitForStateWriteAsync()
    {
        while (_stateWrite is { IsCompleted: false } write)
        {
            // Its own turn reports a failure; here it only matters that it has finished.
            await write.ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // The reminder is the durable backstop of the timer: registered before the first attempt of anything pending, and
    // removed by the first tick that finds the backlog empty (ReceiveReminder), not as soon as it drains: a busy merchant's
    // backlog empties and refills with nearly every event, and a register plus an unregister per event were two of the
    // few row writes an order costs. An idle dispatcher keeps it one period longer, which costs one empty tick.
    // Called after every change of the ledger, so it also reports the backlog gauges.
    private async Task KeepReminderWhileBacklogAsync()
    {
        _metrics?.Report(MerchantId, Ledger.Pending.Count, Ledger.DeadLetters.Count);
        if (Ledger.Pending.Count > 0 && _reminder is null)
        {
            _reminder = await this.GetReminder(BacklogReminderName)
                ?? await this.RegisterOrUpdateReminder(BacklogReminderName, _options.ReminderPeriod, _options.ReminderPeriod);
        }
    }

    private static WebhookConfiguration View(WebhookEndpointState endpoint) =>
        new(endpoint.Url.ToString(), endpoint.Enabled, WebhookSigner.Fingerprint(endpoint.Secret), endpoint.ConfiguredAt);
}
