using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;

namespace FacePay.MerchantApi.Models;

/// <summary>The quality verdict on one enrolment photo.</summary>
/// <param name="Index">0-based position of the photo in the request.</param>
/// <param name="Accepted">Whether the photo passed the quality gates.</param>
/// <param name="Reason">The gate that rejected it, if any.</param>
/// <param name="Message">What was wrong, if anything.</param>
public sealed record EnrollmentPhotoResponse(int Index, bool Accepted, string? Reason, string? Message)
{
    /// <summary>Maps a photo verdict.</summary>
    public static EnrollmentPhotoResponse From(EnrollmentPhotoResult photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var accepted = photo.Status == FaceCheckStatus.Accepted;
        return new(photo.Index, accepted, accepted ? null : (photo.Status == FaceCheckStatus.Busy ? "Busy" : photo.Reason.ToString()), accepted ? null : photo.Message);
    }
}
