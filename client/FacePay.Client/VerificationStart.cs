namespace FacePay.Client;

/// <summary>Opens a face verification session for an order.</summary>
/// <param name="MemberId">The member expected to pay: the order's member, enrolled.</param>
/// <param name="Lifetime">A shorter window than the cluster's default, if the kiosk wants one.</param>
/// <param name="SessionId">
/// The session id to use; pass the same id when retrying so a retry returns the same session instead of opening a
/// second one. Null picks a new id.
/// </param>
public sealed record VerificationStart(string MemberId, TimeSpan? Lifetime = null, Guid? SessionId = null);
