using FacePay.Domain;

namespace FacePay.Contracts.Verification;

/// <summary>
/// One face verification for one order attempt, keyed by a new Guid per attempt. Opens with a challenge nonce and an
/// expiry, takes at most three analysed captures (the same bytes twice are refused as a replay), compares each with
/// the member's enrolled template and, on a match, issues a single-use token bound to (order, member, amount) and
/// tells the order, which becomes ReadyToPay. Calls are serialised by the grain, so concurrent captures on one
/// session are handled one at a time. Images are never stored or logged; only their SHA-256.
/// </summary>
[Alias("FacePay.IVerificationSessionGrain")]
public interface IVerificationSessionGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Reads the order (member and amount), binds this session to it (<see cref="Orders.IOrderGrain.StartVerificationAsync"/>)
    /// and opens the session. Repeating the same request returns the open session.
    /// </summary>
    [Alias("Start")]
    Task<VerificationSessionResult> StartAsync(StartVerificationSession request);

    /// <summary>Submits one capture (encoded JPEG, PNG or WebP bytes).</summary>
    [Alias("Submit")]
    Task<VerificationAttemptResult> SubmitAsync(byte[] image);

    /// <summary>
    /// Spends the session's token for this order and amount. Refused for an unknown token, another order or amount,
    /// an expired token, or a token already spent.
    /// </summary>
    [Alias("RedeemToken")]
    Task<TokenRedemptionResult> RedeemTokenAsync(string tokenId, string orderKey, Money amount);

    /// <summary>The session, or null when it was never started.</summary>
    [Alias("Get")]
    Task<VerificationSessionView?> GetAsync();
}
