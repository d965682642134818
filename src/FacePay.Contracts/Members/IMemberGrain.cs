using FacePay.Domain;

namespace FacePay.Contracts.Members;

/// <summary>
/// A merchant's member, keyed <c>{merchantId}/{memberId}</c>: the enrolled face template (encrypted at rest, bound to
/// this key) and the member's channel withholding agreements.
/// </summary>
[Alias("FacePay.IMemberGrain")]
public interface IMemberGrain : IGrainWithStringKey
{
    /// <summary>
    /// Enrols from one or more photos of the member. Every photo must pass the face quality gates and all must show
    /// the same person; the template is the normalised mean of their embeddings and replaces any earlier one.
    /// </summary>
    [Alias("Enroll")]
    Task<EnrollmentResult> EnrollAsync(IReadOnlyList<byte[]> photos);

    /// <summary>Deletes the member's stored state: the template is removed from storage, not flagged.</summary>
    [Alias("Delete")]
    Task DeleteAsync();

    /// <summary>The member's status (never the template).</summary>
    [Alias("Get")]
    Task<MemberView> GetAsync();

    /// <summary>Compares a probe embedding (2048 bytes from <see cref="Verification.FaceCheckResult.Embedding"/>) with the template. For verification sessions.</summary>
    [Alias("Verify")]
    Task<MemberFaceMatch> VerifyAsync(byte[] embedding);

    /// <summary>Records (or, with a null number, removes) the member's withholding agreement for a channel.</summary>
    [Alias("SetPaymentAgreement")]
    Task SetPaymentAgreementAsync(PaymentChannel channel, string? agreementNo);

    /// <summary>The member's withholding agreement number for a channel, if any. A credential: do not log it.</summary>
    [Alias("GetPaymentAgreement")]
    Task<string?> GetPaymentAgreementAsync(PaymentChannel channel);
}
