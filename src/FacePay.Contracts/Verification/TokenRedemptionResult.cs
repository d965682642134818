using FacePay.Domain.Verification;

namespace FacePay.Contracts.Verification;

/// <summary>The answer to <see cref="IVerificationSessionGrain.RedeemTokenAsync"/>.</summary>
/// <param name="Error">Why it was refused, or <see cref="TokenRedemptionError.None"/> when the token was accepted and is now spent.</param>
/// <param name="MemberId">The member the token was issued to, when accepted.</param>
[GenerateSerializer, Immutable, Alias("FacePay.TokenRedemptionResult")]
public sealed record TokenRedemptionResult(
    [property: Id(0)] TokenRedemptionError Error,
    [property: Id(1)] string? MemberId = null)
{
    /// <summary>True when the token was accepted.</summary>
    public bool Redeemed => Error == TokenRedemptionError.None;
}
