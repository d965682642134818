using FacePay.Domain.Events;
using Orleans.Streams;

namespace FacePay.Client;

/// <summary>A live subscription to one merchant's payment events; dispose it to unsubscribe.</summary>
public sealed class PaymentEventSubscription : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private StreamSubscriptionHandle<PaymentEvent>? _handle;

    internal PaymentEventSubscription(string merchantId)
    {
        MerchantId = merchantId;
        Stopping = _stopping.Token;
    }

    /// <summary>The merchant whose events arrive.</summary>
    public string MerchantId { get; }

    // Taken once: a callback racing with disposal still reads a valid (cancelled) token.
    internal CancellationToken Stopping { get; }

    internal void Attach(StreamSubscriptionHandle<PaymentEvent> handle) => _handle = handle;

    /// <summary>Unsubscribes; handlers still running see their token cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
        }

        _stopping.Dispose();
    }
}
