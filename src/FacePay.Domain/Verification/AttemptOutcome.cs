namespace FacePay.Domain.Verification;

/// <summary>What one analysed capture amounted to.</summary>
[GenerateSerializer, Alias("FacePay.AttemptOutcome")]
public enum AttemptOutcome
{
    /// <summary>A live face that matches the member's template.</summary>
    Matched = 1,

    /// <summary>A usable face that does not match the member's template.</summary>
    NotMatched = 2,

    /// <summary>A quality gate (no face, two faces, liveness, not an image, ...) rejected the capture.</summary>
    FaceRejected = 3,
}
