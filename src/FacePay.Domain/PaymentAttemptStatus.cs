namespace FacePay.Domain;

/// <summary>Where one charge attempt at the channel stands.</summary>
[GenerateSerializer, Alias("FacePay.PaymentAttemptStatus")]
public enum PaymentAttemptStatus
{
    /// <summary>Sent (or about to be sent); no answer yet.</summary>
    Pending = 1,

    /// <summary>The channel answered that the outcome is unknown (timeout after send, USERPAYING): query it.</summary>
    Unknown = 2,

    /// <summary>The channel confirmed the charge.</summary>
    Succeeded = 3,

    /// <summary>The channel confirmed that nothing was or will be charged under this attempt.</summary>
    Failed = 4,
}
