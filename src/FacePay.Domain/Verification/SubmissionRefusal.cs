namespace FacePay.Domain.Verification;

/// <summary>Why a capture was refused before any face analysis (none of these uses up an attempt).</summary>
[GenerateSerializer, Alias("FacePay.SubmissionRefusal")]
public enum SubmissionRefusal
{
    /// <summary>The capture may be analysed.</summary>
    None = 0,

    /// <summary>The session was never started.</summary>
    NotStarted = 1,

    /// <summary>The session's time ran out.</summary>
    Expired = 2,

    /// <summary>Every allowed attempt was already used.</summary>
    AttemptsExhausted = 3,

    /// <summary>The session already succeeded; its token is the result.</summary>
    AlreadyVerified = 4,

    /// <summary>The session was voided because the order refused it.</summary>
    SessionVoided = 5,

    /// <summary>Exactly these image bytes were already submitted to this session: a replay, not a new capture.</summary>
    ReplayedImage = 6,

    /// <summary>The face checker is at capacity; retry shortly (does not use an attempt).</summary>
    Busy = 7,

    /// <summary>The order refused the verification result (see the message).</summary>
    OrderRefused = 8,
}
