namespace FacePay.Contracts.Verification;

/// <summary>Opens a face verification session for an order.</summary>
/// <param name="OrderKey">The order, <c>{merchantId}/{outTradeNo}</c>.</param>
/// <param name="MemberId">The member expected to pay; must be the order's member and enrolled.</param>
/// <param name="Lifetime">A shorter window than the configured default, if the device wants one (clamped to the default).</param>
[GenerateSerializer, Immutable, Alias("FacePay.StartVerificationSession")]
public sealed record StartVerificationSession(
    [property: Id(0)] string OrderKey,
    [property: Id(1)] string MemberId,
    [property: Id(2)] TimeSpan? Lifetime = null);
