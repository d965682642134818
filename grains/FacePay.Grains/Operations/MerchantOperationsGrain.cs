using FacePay.Contracts;
using FacePay.Contracts.Operations;
using FacePay.Domain.Events;
using FacePay.Domain.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace FacePay.Grains.Operations;

/// <summary>
/// Feeds one merchant's operations read model from its <c>payments</c> stream: apply the event to the
/// <see cref="MerchantOperationsLedger"/>, persist when it changed. The rules are the ledger's; this grain only loads,
/// applies, writes and registers the merchant in the <see cref="IOperationsDirectoryGrain"/> once. Writes are deferred by
/// <see cref="OperationsOptions.StateWriteDelay"/> so that a burst of events costs one write, and flushed on deactivation.
/// </summary>
[ImplicitStreamSubscription(ProviderNames.PaymentStreamNamespace)]
public sealed partial class MerchantOperationsGrain(
    [PersistentState("operations", ProviderNames.GrainStorage)] IPersistentState<MerchantOperationsState> state,
    IOptions<OperationsOptions> options,
    TimeProvider time,
    ILogger<MerchantOperationsGrain> logger) : Grain, IMerchantOperationsGrain
{
    private readonly OperationsLimits _limits = options.Value.Limits;
    private readonly TimeSpan _writeDelay = options.Value.StateWriteDelay;
    private IGrainTimer? _writeTimer;
    private bool _unwritten;

    private string MerchantId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stream = this.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, MerchantId));
        await stream.SubscribeAsync(OnEventAsync);
        if (!state.State.Registered)
        {
            await GrainFactory.GetGrain<IOperationsDirectoryGrain>(IOperationsDirectoryGrain.Key).RegisterMerchantAsync(MerchantId);
            state.State.Registered = true;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten)
        {
            await WriteAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <inheritdoc />
    public Task<MerchantOperationsView> GetViewAsync() =>
        Task.FromResult(state.State.Ledger.View(MerchantId, time.GetUtcNow(), _limits));

    private async Task OnEventAsync(PaymentEvent paymentEvent, StreamSequenceToken? token)
    {
        if (paymentEvent.MerchantId != MerchantId)
        {
            LogForeignEvent(paymentEvent.EventId, MerchantId);
            return;
        }

        if (!state.State.Ledger.Apply(paymentEvent, time.GetUtcNow(), _limits))
        {
            return;
        }

        _unwritten = true;
        if (_writeDelay == TimeSpan.Zero)
        {
            await WriteAsync();
        }
        else
        {
            // Armed once per unwritten batch and never pushed back, so a steady stream still writes every delay.
            _writeTimer ??= this.RegisterGrainTimer(WriteAsync, new GrainTimerCreationOptions(_writeDelay, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task WriteAsync()
    {
        _writeTimer?.Dispose();
        _writeTimer = null;
        _unwritten = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            _unwritten = true; // the next event or the deactivation tries again
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} reached the operations grain of merchant {MerchantId}; ignored")]
    private partial void LogForeignEvent(string eventId, string merchantId);
}
