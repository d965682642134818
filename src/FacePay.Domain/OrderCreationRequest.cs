namespace FacePay.Domain;

/// <summary>
/// The body of a create-order request. Two requests with the same key are the same request only if every field is
/// equal (see <see cref="OrderCreation.Matches"/>).
/// </summary>
/// <param name="Key">The merchant and the merchant's order number (the idempotency key).</param>
/// <param name="Amount">The amount to charge; positive; fixed for the life of the order.</param>
/// <param name="Description">What is bought (shown to the member by the channel); 1–127 characters.</param>
/// <param name="Channel">The channel to charge.</param>
/// <param name="MemberId">The member who will pay.</param>
/// <param name="TimeToExpire">How long after creation an unpaid order may be closed as expired.</param>
[GenerateSerializer, Immutable, Alias("FacePay.OrderCreationRequest")]
public sealed record OrderCreationRequest(
    [property: Id(0)] OrderKey Key,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string Description,
    [property: Id(3)] PaymentChannel Channel,
    [property: Id(4)] string MemberId,
    [property: Id(5)] TimeSpan TimeToExpire);
