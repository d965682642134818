namespace FacePay.Domain;

/// <summary>Where an order is in its life (see the state machine in DESIGN.md).</summary>
[GenerateSerializer, Alias("FacePay.OrderState")]
public enum OrderState
{
    /// <summary>Accepted from the merchant; nothing else has happened.</summary>
    Created = 1,

    /// <summary>A face verification session is open for the order.</summary>
    Verifying = 2,

    /// <summary>The member's face was verified for this order and amount; the order may be charged.</summary>
    ReadyToPay = 3,

    /// <summary>A charge was sent (or is about to be sent) to the channel and its outcome is not yet known.</summary>
    Paying = 4,

    /// <summary>The channel confirmed the charge.</summary>
    Paid = 5,

    /// <summary>Paid, and part of the amount has been refunded.</summary>
    PartiallyRefunded = 6,

    /// <summary>Paid, and the whole amount has been refunded.</summary>
    Refunded = 7,

    /// <summary>The last charge attempt definitely failed; the order may be paid again with a new attempt.</summary>
    Failed = 8,

    /// <summary>Closed without payment (by the merchant, by expiry, or after too many failed verifications).</summary>
    Closed = 9,
}
