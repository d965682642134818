namespace FacePay.Domain;

/// <summary>The conclusion of a face verification session, reported to the order.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Succeeded">Whether the face was live and matched the member.</param>
/// <param name="TokenId">The single-use verification token issued on success.</param>
/// <param name="MemberId">The member the token is bound to.</param>
/// <param name="Amount">The amount the token is bound to.</param>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationResult")]
public sealed record VerificationResult(
    [property: Id(0)] string SessionId,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] string? TokenId = null,
    [property: Id(3)] string? MemberId = null,
    [property: Id(4)] Money? Amount = null);
