namespace FacePay.Domain.Verification;

/// <summary>The answer to <see cref="VerificationSession.Redeem"/>.</summary>
/// <param name="Session">The session afterwards: the token marked spent when accepted, otherwise the same instance.</param>
/// <param name="Error">Why the token was refused, or <see cref="TokenRedemptionError.None"/>.</param>
public sealed record RedemptionDecision(VerificationSession Session, TokenRedemptionError Error)
{
    /// <summary>Whether the token was accepted (and is now spent).</summary>
    public bool IsRedeemed => Error == TokenRedemptionError.None;
}
