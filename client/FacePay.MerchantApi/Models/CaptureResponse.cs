using FacePay.Contracts.Verification;

namespace FacePay.MerchantApi.Models;

/// <summary>The result of one analysed capture. Match scores are deliberately not disclosed.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Verified">True when the face matched and the order is ready to pay.</param>
/// <param name="Outcome"><c>Matched</c>, <c>NotMatched</c> or <c>FaceRejected</c>.</param>
/// <param name="FaceReason">The quality gate that rejected the face (<c>NoFace</c>, <c>MultipleFaces</c>, <c>LivenessTooLow</c>, ...), if any.</param>
/// <param name="Message">What happened, for the kiosk screen.</param>
/// <param name="AttemptsLeft">Captures still allowed.</param>
/// <param name="Status">The session status afterwards.</param>
/// <param name="VerificationToken">The single-use token to pay with, on a match.</param>
/// <param name="TokenExpiresAt">When the token expires.</param>
public sealed record CaptureResponse(
    Guid SessionId,
    bool Verified,
    string? Outcome,
    string? FaceReason,
    string Message,
    int AttemptsLeft,
    string Status,
    string? VerificationToken,
    DateTimeOffset? TokenExpiresAt)
{
    /// <summary>Maps an attempt result.</summary>
    public static CaptureResponse From(Guid sessionId, VerificationAttemptResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            sessionId,
            result.Verified,
            result.Outcome?.ToString(),
            result.FaceReason == FaceCheckReason.None ? null : result.FaceReason.ToString(),
            result.Message,
            result.AttemptsLeft,
            result.Status.ToString(),
            result.Verified ? result.TokenId : null,
            result.Verified ? result.TokenExpiresAt : null);
    }
}
