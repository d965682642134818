namespace FacePay.Domain.Verification;

/// <summary>Where a face verification session stands. Only <see cref="Open"/> accepts face captures.</summary>
[GenerateSerializer, Alias("FacePay.VerificationSessionStatus")]
public enum VerificationSessionStatus
{
    /// <summary>Waiting for captures.</summary>
    Open = 1,

    /// <summary>A live face matched the member; a single-use token was issued.</summary>
    Verified = 2,

    /// <summary>Every allowed attempt was used without a match.</summary>
    Failed = 3,

    /// <summary>The session's time ran out before a match.</summary>
    Expired = 4,

    /// <summary>The order refused the session's success (superseded, closed or expired order); the token is void.</summary>
    Voided = 5,
}
