using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;

namespace FacePay.Client;

/// <summary>
/// The typed API a merchant backend uses to drive face payments on the FacePay cluster. It hides grain keys and Orleans
/// details. Business refusals come back as values (<see cref="OrderResult.Error"/>, <see cref="VerificationSessionResult.Error"/>,
/// ...), never as exceptions; an exception means the cluster could not be reached or the call timed out, and the same
/// call may then be retried: orders are idempotent by <see cref="OrderKey"/>, refunds by their number, sessions by the
/// session id the caller passes.
/// </summary>
public interface IFacePayClient
{
    /// <summary>Creates an order, or returns the existing one (<see cref="OrderResult.Replayed"/>) when the same request was made before; a different request for the same key is refused as a conflict.</summary>
    Task<OrderResult> CreateOrderAsync(OrderCreationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads an order; null when it does not exist.</summary>
    Task<OrderView?> GetOrderAsync(OrderKey key, CancellationToken cancellationToken = default);

    /// <summary>Closes an unpaid order; closing a closed order changes nothing.</summary>
    Task<OrderResult> CloseOrderAsync(OrderKey key, CancellationToken cancellationToken = default);

    /// <summary>Every accepted change of an order, oldest first; empty when the order does not exist.</summary>
    Task<IReadOnlyList<OrderHistoryEntry>> GetOrderHistoryAsync(OrderKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a face verification session for an order and its member (the member must be the order's and enrolled). The
    /// session carries a challenge nonce for the kiosk, an expiry and the number of captures allowed.
    /// </summary>
    Task<VerificationSessionResult> StartVerificationAsync(OrderKey order, VerificationStart request, CancellationToken cancellationToken = default);

    /// <summary>Reads a session of the merchant's; null when it does not exist or belongs to another merchant.</summary>
    Task<VerificationSessionView?> GetVerificationAsync(string merchantId, Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Submits one capture (encoded JPEG, PNG or WebP) to a session of the merchant's. On a match the result carries the
    /// single-use verification token and the order is ReadyToPay. A session of another merchant answers as one never started.
    /// </summary>
    Task<VerificationAttemptResult> SubmitCaptureAsync(string merchantId, Guid sessionId, byte[] image, CancellationToken cancellationToken = default);

    /// <summary>
    /// Charges a verified order: the order must be bound to exactly this token, which is spent by this call. Refused
    /// with <see cref="OrderError.InvalidVerificationToken"/> for another order's, an expired or an already spent token.
    /// </summary>
    Task<OrderResult> PayWithVerificationAsync(OrderKey order, FacePayment payment, CancellationToken cancellationToken = default);

    /// <summary>Charges an order under the member's withholding agreement, deliberately without a face verification.</summary>
    Task<OrderResult> PayWithAgreementAsync(OrderKey order, AgreementPayment payment, CancellationToken cancellationToken = default);

    /// <summary>Opens a session, submits the capture and, when it matches, pays with the token: the whole kiosk flow in one call.</summary>
    Task<FacePayResult> VerifyAndPayAsync(OrderKey order, VerifyAndPayRequest request, CancellationToken cancellationToken = default);

    /// <summary>Refunds part or all of a paid order; the same <see cref="RefundOrder.OutRefundNo"/> again changes nothing.</summary>
    Task<OrderResult> RefundAsync(OrderKey order, RefundOrder refund, CancellationToken cancellationToken = default);

    /// <summary>One refund of an order; null when the order or the refund does not exist.</summary>
    Task<Refund?> GetRefundAsync(OrderKey order, string outRefundNo, CancellationToken cancellationToken = default);

    /// <summary>Enrols (or re-enrols) a member's face from 1–5 photos of the same person; a refusal leaves any earlier template untouched.</summary>
    Task<EnrollmentResult> EnrollMemberAsync(MemberKey member, IReadOnlyList<byte[]> photos, CancellationToken cancellationToken = default);

    /// <summary>A member's enrolment status (never the template).</summary>
    Task<MemberView> GetMemberAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>Deletes a member's stored face template and agreements.</summary>
    Task DeleteMemberAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>Sets the merchant's webhook endpoint and signing secret.</summary>
    /// <exception cref="ArgumentException">The URL is not one the silos accept, or the secret is shorter than 16 bytes.</exception>
    Task<WebhookConfiguration> ConfigureWebhookAsync(string merchantId, WebhookEndpoint endpoint, CancellationToken cancellationToken = default);

    /// <summary>The merchant's webhook endpoint (secret as a fingerprint only); null when none is configured.</summary>
    Task<WebhookConfiguration?> GetWebhookAsync(string merchantId, CancellationToken cancellationToken = default);

    /// <summary>Webhook delivery counters of the merchant.</summary>
    Task<WebhookDeliveryStats> GetWebhookStatsAsync(string merchantId, CancellationToken cancellationToken = default);

    /// <summary>Events waiting for delivery, earliest due first.</summary>
    Task<IReadOnlyList<WebhookBacklogEntry>> GetWebhookBacklogAsync(string merchantId, CancellationToken cancellationToken = default);

    /// <summary>Events given up after their retry schedule, oldest first.</summary>
    Task<IReadOnlyList<WebhookDeadLetterEntry>> GetWebhookDeadLettersAsync(string merchantId, CancellationToken cancellationToken = default);

    /// <summary>Sends a dead letter's stored payload again, byte for byte, with a fresh retry schedule.</summary>
    Task<WebhookReplayResult> ReplayWebhookAsync(string merchantId, string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to the merchant's payment events (the <c>payments</c> stream); dispose the result to unsubscribe.
    /// Delivery is at least once: the handler must deduplicate by event id.
    /// </summary>
    Task<PaymentEventSubscription> SubscribeToPaymentEventsAsync(string merchantId, PaymentEventHandler handler, CancellationToken cancellationToken = default);
}
