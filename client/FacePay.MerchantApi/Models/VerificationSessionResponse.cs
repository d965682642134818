using FacePay.Contracts.Verification;
using FacePay.Domain;

namespace FacePay.MerchantApi.Models;

/// <summary>A face verification session.</summary>
/// <param name="SessionId">The session id (captures are posted to <c>/v1/verifications/{sessionId}/captures</c>).</param>
/// <param name="OutTradeNo">The order being verified.</param>
/// <param name="MemberId">The member whose face must match.</param>
/// <param name="Amount">The amount the verification is bound to, in minor units.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="ChallengeNonce">The challenge for the capturing device.</param>
/// <param name="ExpiresAt">When the session stops accepting captures.</param>
/// <param name="AttemptsLeft">Captures still allowed.</param>
/// <param name="Status"><c>Open</c>, <c>Verified</c>, <c>Failed</c>, <c>Expired</c> or <c>Voided</c>.</param>
public sealed record VerificationSessionResponse(
    Guid SessionId,
    string OutTradeNo,
    string MemberId,
    long Amount,
    string Currency,
    string ChallengeNonce,
    DateTimeOffset ExpiresAt,
    int AttemptsLeft,
    string Status)
{
    /// <summary>Maps a session view.</summary>
    public static VerificationSessionResponse From(VerificationSessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(
            session.SessionId,
            OrderKey.Parse(session.OrderKey).OutTradeNo,
            session.MemberId,
            session.Amount.MinorUnits,
            session.Amount.Currency.Code,
            session.ChallengeNonce,
            session.ExpiresAt,
            session.AttemptsLeft,
            session.Status.ToString());
    }
}
