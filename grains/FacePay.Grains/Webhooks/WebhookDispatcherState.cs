using FacePay.Domain.Webhooks;

namespace FacePay.Grains.Webhooks;

/// <summary>What <see cref="WebhookDispatcherGrain"/> persists for one merchant.</summary>
[GenerateSerializer, Alias("FacePay.Webhooks.WebhookDispatcherState")]
public sealed class WebhookDispatcherState
{
    /// <summary>The endpoint, absent until the merchant configures one.</summary>
    [Id(0)]
    public WebhookEndpointState? Endpoint { get; set; }

    /// <summary>Pending, delivered and dead events, with counters.</summary>
    [Id(1)]
    public WebhookDeliveryLedger Ledger { get; set; } = new();

    /// <summary>Events that arrived while no enabled endpoint was configured.</summary>
    [Id(2)]
    public long IgnoredWithoutEndpoint { get; set; }
}
