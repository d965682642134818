namespace FacePay.Domain;

/// <summary>
/// The successful face verification an order is bound to: the single-use token and the member and amount it was
/// issued for. A charge authorised by face spends this token on exactly one attempt.
/// </summary>
/// <param name="SessionId">The verification session that produced the token.</param>
/// <param name="TokenId">The single-use verification token id.</param>
/// <param name="MemberId">The member whose face matched.</param>
/// <param name="Amount">The amount the token was issued for.</param>
/// <param name="VerifiedAt">When the verification succeeded.</param>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationBinding")]
public sealed record VerificationBinding(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string TokenId,
    [property: Id(2)] string MemberId,
    [property: Id(3)] Money Amount,
    [property: Id(4)] DateTimeOffset VerifiedAt);
