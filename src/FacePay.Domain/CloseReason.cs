namespace FacePay.Domain;

/// <summary>Why an order was closed without payment.</summary>
[GenerateSerializer, Alias("FacePay.CloseReason")]
public enum CloseReason
{
    /// <summary>The merchant asked to close it.</summary>
    MerchantRequest = 1,

    /// <summary>It was not paid before its expiry time.</summary>
    Expired = 2,

    /// <summary>Face verification failed too many times.</summary>
    VerificationFailed = 3,

    /// <summary>An operator closed it.</summary>
    Operator = 4,
}
