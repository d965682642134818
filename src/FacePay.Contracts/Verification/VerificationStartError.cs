namespace FacePay.Contracts.Verification;

/// <summary>Why a verification session could not be started.</summary>
[GenerateSerializer, Alias("FacePay.VerificationStartError")]
public enum VerificationStartError
{
    /// <summary>Malformed order key or member id.</summary>
    InvalidRequest = 1,

    /// <summary>No order exists under the key.</summary>
    OrderNotFound = 2,

    /// <summary>The member is not the order's member.</summary>
    MemberMismatch = 3,

    /// <summary>The member has no enrolled face template.</summary>
    NotEnrolled = 4,

    /// <summary>The order refused to start a verification (paid, closed, expired, ...); see the message.</summary>
    OrderRefused = 5,

    /// <summary>This session id is already used for another order or member.</summary>
    SessionInUse = 6,
}
