namespace FacePay.Domain.Verification;

/// <summary>Why a verification token was not accepted.</summary>
[GenerateSerializer, Alias("FacePay.TokenRedemptionError")]
public enum TokenRedemptionError
{
    /// <summary>Accepted and now spent.</summary>
    None = 0,

    /// <summary>The session issued no such token.</summary>
    UnknownToken = 1,

    /// <summary>The token was already spent.</summary>
    AlreadyRedeemed = 2,

    /// <summary>The token is past its expiry.</summary>
    Expired = 3,

    /// <summary>The token is bound to another order.</summary>
    WrongOrder = 4,

    /// <summary>The token is bound to another amount or currency.</summary>
    WrongAmount = 5,
}
