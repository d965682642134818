namespace FacePay.Domain;

/// <summary>What an accepted change did; the kind of an <see cref="OrderHistoryEntry"/>.</summary>
[GenerateSerializer, Alias("FacePay.OrderChangeKind")]
public enum OrderChangeKind
{
    /// <summary>The order was created.</summary>
    Created = 1,

    /// <summary>A face verification session was opened.</summary>
    VerificationStarted = 2,

    /// <summary>The face verification succeeded.</summary>
    VerificationSucceeded = 3,

    /// <summary>A face verification failed.</summary>
    VerificationFailed = 4,

    /// <summary>A charge attempt was opened.</summary>
    PaymentStarted = 5,

    /// <summary>The channel said the outcome is unknown; a query is needed.</summary>
    PaymentOutcomeUnknown = 6,

    /// <summary>The channel confirmed the charge.</summary>
    PaymentSucceeded = 7,

    /// <summary>The channel confirmed the charge failed.</summary>
    PaymentFailed = 8,

    /// <summary>A refund was accepted.</summary>
    RefundRequested = 9,

    /// <summary>The channel confirmed a refund.</summary>
    RefundSucceeded = 10,

    /// <summary>The channel refused a refund.</summary>
    RefundFailed = 11,

    /// <summary>The order was closed without payment.</summary>
    Closed = 12,
}
