namespace FacePay.Domain.Verification;

/// <summary>
/// The single-use proof that a live face matched the member, bound to one order, member and amount. It is spent
/// by <see cref="VerificationSession.Redeem"/> and cannot be spent twice.
/// </summary>
/// <param name="TokenId">Random, unguessable id.</param>
/// <param name="OrderKey">The order (<c>{merchantId}/{outTradeNo}</c>) it may pay.</param>
/// <param name="MemberId">The member whose face matched.</param>
/// <param name="Amount">The exact amount it authorises.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">After this it is refused.</param>
/// <param name="RedeemedAt">When it was spent, or null.</param>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationToken")]
public sealed record VerificationToken(
    [property: Id(0)] string TokenId,
    [property: Id(1)] string OrderKey,
    [property: Id(2)] string MemberId,
    [property: Id(3)] Money Amount,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] DateTimeOffset ExpiresAt,
    [property: Id(6)] DateTimeOffset? RedeemedAt = null)
{
    /// <summary>Whether the token was already spent.</summary>
    public bool IsRedeemed => RedeemedAt is not null;
}
