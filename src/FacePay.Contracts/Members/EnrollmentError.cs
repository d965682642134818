namespace FacePay.Contracts.Members;

/// <summary>Why an enrolment was refused. A refused enrolment leaves any existing template untouched.</summary>
[GenerateSerializer, Alias("FacePay.EnrollmentError")]
public enum EnrollmentError
{
    /// <summary>No photos, too many photos, or a malformed member key.</summary>
    InvalidRequest = 1,

    /// <summary>At least one photo failed a quality gate; see the per-photo results.</summary>
    PhotoRejected = 2,

    /// <summary>The photos do not show the same person.</summary>
    InconsistentPhotos = 3,

    /// <summary>The face checker was at capacity; retry shortly.</summary>
    Busy = 4,
}
