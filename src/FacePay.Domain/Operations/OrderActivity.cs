namespace FacePay.Domain.Operations;

/// <summary>What happened to an order, as the operations timeline counts it (one payment event, one count).</summary>
[GenerateSerializer, Alias("FacePay.Operations.OrderActivity")]
public enum OrderActivity
{
    /// <summary>An order was created.</summary>
    Created = 0,

    /// <summary>A payment succeeded.</summary>
    Paid = 1,

    /// <summary>A payment attempt definitely failed.</summary>
    Failed = 2,

    /// <summary>A payment attempt's outcome became unknown (it waits for a channel query).</summary>
    OutcomeUnknown = 3,

    /// <summary>An unpaid order was closed (merchant, expiry, failed verification or operator).</summary>
    Closed = 4,

    /// <summary>A refund succeeded.</summary>
    Refunded = 5,

    /// <summary>A refund failed.</summary>
    RefundFailed = 6,
}
