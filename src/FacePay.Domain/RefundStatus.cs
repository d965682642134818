namespace FacePay.Domain;

/// <summary>Where a refund stands.</summary>
[GenerateSerializer, Alias("FacePay.RefundStatus")]
public enum RefundStatus
{
    /// <summary>Accepted by the order; sent or about to be sent to the channel; counts against the refundable amount.</summary>
    Pending = 1,

    /// <summary>The channel confirmed the refund.</summary>
    Succeeded = 2,

    /// <summary>The channel refused or closed the refund; the amount is refundable again.</summary>
    Failed = 3,
}
