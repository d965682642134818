using FacePay.Contracts.Verification;
using FacePay.Domain.Verification;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Apis;

/// <summary>Maps refused verification sessions and captures to RFC 9457 problem details.</summary>
public static class VerificationProblems
{
    /// <summary>The problem for a session that could not be started.</summary>
    public static ProblemHttpResult From(VerificationSessionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var error = result.Error ?? VerificationStartError.InvalidRequest;
        var (status, title) = error switch
        {
            VerificationStartError.OrderNotFound => (StatusCodes.Status404NotFound, "Order not found."),
            VerificationStartError.MemberMismatch => (StatusCodes.Status422UnprocessableEntity, "The member is not the order's member."),
            VerificationStartError.NotEnrolled => (StatusCodes.Status422UnprocessableEntity, "The member has no enrolled face."),
            VerificationStartError.OrderRefused => (StatusCodes.Status409Conflict, "The order cannot be verified now."),
            VerificationStartError.SessionInUse => (StatusCodes.Status409Conflict, "The session id is already in use."),
            _ => (StatusCodes.Status400BadRequest, "The verification request is invalid."),
        };
        return TypedResults.Problem(detail: result.Message, statusCode: status, title: title, type: ProblemTypes.Of(error.ToString()));
    }

    /// <summary>The problem for a capture that was refused before any analysis (no attempt used).</summary>
    public static ProblemHttpResult From(VerificationAttemptResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (status, title) = result.Refusal switch
        {
            SubmissionRefusal.NotStarted => (StatusCodes.Status404NotFound, "Verification session not found."),
            SubmissionRefusal.Expired => (StatusCodes.Status410Gone, "The verification session has expired."),
            SubmissionRefusal.Busy => (StatusCodes.Status503ServiceUnavailable, "The face checker is busy."),
            SubmissionRefusal.ReplayedImage => (StatusCodes.Status409Conflict, "This capture was already submitted."),
            SubmissionRefusal.AttemptsExhausted => (StatusCodes.Status409Conflict, "No attempts are left in this session."),
            SubmissionRefusal.AlreadyVerified => (StatusCodes.Status409Conflict, "The session is already verified."),
            _ => (StatusCodes.Status409Conflict, "The session does not accept captures."),
        };
        return TypedResults.Problem(
            detail: result.Message,
            statusCode: status,
            title: title,
            type: ProblemTypes.Of(result.Refusal.ToString()),
            extensions: new Dictionary<string, object?> { ["attemptsLeft"] = result.AttemptsLeft, ["sessionStatus"] = result.Status.ToString() });
    }

    /// <summary>The problem for a verification session id that does not exist for this merchant.</summary>
    public static ProblemHttpResult SessionNotFound(Guid sessionId) => TypedResults.Problem(
        detail: $"No verification session '{sessionId}' exists for this merchant.", statusCode: StatusCodes.Status404NotFound, title: "Verification session not found.", type: ProblemTypes.NotFound);
}
