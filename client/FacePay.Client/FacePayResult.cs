using System.Diagnostics.CodeAnalysis;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;

namespace FacePay.Client;

/// <summary>
/// What <see cref="IFacePayClient.VerifyAndPayAsync"/> did, step by step: each later step is null when an earlier one
/// stopped the flow (session refused → no capture; capture not verified → no payment).
/// </summary>
/// <param name="Session">Opening the verification session.</param>
/// <param name="Capture">The capture's result, when the session opened.</param>
/// <param name="Payment">The payment's result, when the capture verified.</param>
public sealed record FacePayResult(VerificationSessionResult Session, VerificationAttemptResult? Capture, OrderResult? Payment)
{
    /// <summary>True when the face matched and the payment was accepted (the order may still be settling at the channel).</summary>
    [MemberNotNullWhen(true, nameof(Capture), nameof(Payment))]
    public bool Succeeded => Capture is { Verified: true } && Payment is { Succeeded: true };
}
