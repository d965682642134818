namespace FacePay.Contracts.Verification;

/// <summary>Outcome of one face check.</summary>
[GenerateSerializer, Alias("FacePay.FaceCheckStatus")]
public enum FaceCheckStatus
{
    /// <summary>One live, usable face; the embedding is attached.</summary>
    Accepted = 1,

    /// <summary>A quality gate rejected the image; <see cref="FaceCheckResult.Reason"/> says which.</summary>
    Rejected = 2,

    /// <summary>The checker's queue is full (back-pressure): nothing was analysed, retry shortly.</summary>
    Busy = 3,
}
