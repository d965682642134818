using FacePay.Contracts.Verification;

namespace FacePay.Contracts.Members;

/// <summary>The quality verdict on one enrolment photo.</summary>
/// <param name="Index">0-based position in the request.</param>
/// <param name="Status">Accepted, rejected or busy.</param>
/// <param name="Reason">The rejection code, if rejected.</param>
/// <param name="Message">What was wrong, if anything.</param>
/// <param name="Liveness">Liveness score, when that stage ran.</param>
[GenerateSerializer, Immutable, Alias("FacePay.EnrollmentPhotoResult")]
public sealed record EnrollmentPhotoResult(
    [property: Id(0)] int Index,
    [property: Id(1)] FaceCheckStatus Status,
    [property: Id(2)] FaceCheckReason Reason,
    [property: Id(3)] string Message,
    [property: Id(4)] double? Liveness);
