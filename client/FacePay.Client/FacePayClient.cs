using FacePay.Contracts;
using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Verification;
using Orleans.Streams;

namespace FacePay.Client;

/// <summary>The <see cref="IFacePayClient"/> over an Orleans cluster client: each call is one or a few grain calls.</summary>
/// <param name="cluster">The connected Orleans client.</param>
public sealed class FacePayClient(IClusterClient cluster) : IFacePayClient
{
    /// <inheritdoc />
    public Task<OrderResult> CreateOrderAsync(OrderCreationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Order(request.Key).CreateAsync(request).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderView?> GetOrderAsync(OrderKey key, CancellationToken cancellationToken = default) =>
        Order(key).GetAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<OrderResult> CloseOrderAsync(OrderKey key, CancellationToken cancellationToken = default) =>
        Order(key).CloseAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<OrderHistoryEntry>> GetOrderHistoryAsync(OrderKey key, CancellationToken cancellationToken = default) =>
        Order(key).GetHistoryAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<VerificationSessionResult> StartVerificationAsync(OrderKey order, VerificationStart request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = cluster.GetGrain<IVerificationSessionGrain>(request.SessionId ?? Guid.NewGuid());
        return session.StartAsync(new StartVerificationSession(order.ToString(), request.MemberId, request.Lifetime)).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<VerificationSessionView?> GetVerificationAsync(string merchantId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var view = await cluster.GetGrain<IVerificationSessionGrain>(sessionId).GetAsync().WaitAsync(cancellationToken);
        return view is not null && BelongsTo(view, merchantId) ? view : null;
    }

    /// <inheritdoc />
    public async Task<VerificationAttemptResult> SubmitCaptureAsync(string merchantId, Guid sessionId, byte[] image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (await GetVerificationAsync(merchantId, sessionId, cancellationToken) is null)
        {
            // Another merchant's session answers exactly like a session that does not exist.
            return new VerificationAttemptResult { Refusal = SubmissionRefusal.NotStarted, Message = "No verification session with this id." };
        }

        return await cluster.GetGrain<IVerificationSessionGrain>(sessionId).SubmitAsync(image).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderResult> PayWithVerificationAsync(OrderKey order, FacePayment payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (string.IsNullOrWhiteSpace(payment.VerificationToken))
        {
            return Task.FromResult(OrderResult.Refused(OrderError.InvalidVerificationToken, "A verification token is required to pay by face."));
        }

        var command = new PayOrder(PaymentAuthorization.FaceVerification, payment.PayerCode, DeviceId: payment.DeviceId, VerificationToken: payment.VerificationToken);
        return Order(order).PayAsync(command).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OrderResult> PayWithAgreementAsync(OrderKey order, AgreementPayment payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var agreementNo = payment.AgreementNo;
        if (string.IsNullOrWhiteSpace(agreementNo))
        {
            if (await GetOrderAsync(order, cancellationToken) is not { } view)
            {
                return OrderResult.Refused(OrderError.NotFound, $"No order exists under '{order}'.");
            }

            agreementNo = await Member(new MemberKey(order.MerchantId, view.MemberId)).GetPaymentAgreementAsync(view.Channel).WaitAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(agreementNo))
            {
                return OrderResult.Refused(OrderError.InvalidRequest, $"Member '{view.MemberId}' has no withholding agreement on {view.Channel}.", view);
            }
        }

        var command = new PayOrder(PaymentAuthorization.WithholdingAgreement, AgreementNo: agreementNo, DeviceId: payment.DeviceId);
        return await Order(order).PayAsync(command).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<FacePayResult> VerifyAndPayAsync(OrderKey order, VerifyAndPayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sessionId = request.SessionId ?? Guid.NewGuid();
        var session = await StartVerificationAsync(order, new VerificationStart(request.MemberId, SessionId: sessionId), cancellationToken);
        if (!session.Succeeded)
        {
            return new FacePayResult(session, null, null);
        }

        var capture = await SubmitCaptureAsync(order.MerchantId, sessionId, request.Image, cancellationToken);
        if (!capture.Verified || capture.TokenId is not { } token)
        {
            return new FacePayResult(session, capture, null);
        }

        var payment = await PayWithVerificationAsync(order, new FacePayment(token, request.PayerCode, request.DeviceId), cancellationToken);
        return new FacePayResult(session, capture, payment);
    }

    /// <inheritdoc />
    public Task<OrderResult> RefundAsync(OrderKey order, RefundOrder refund, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return Order(order).RefundAsync(refund).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Refund?> GetRefundAsync(OrderKey order, string outRefundNo, CancellationToken cancellationToken = default) =>
        (await GetOrderAsync(order, cancellationToken))?.FindRefund(outRefundNo);

    /// <inheritdoc />
    public Task<EnrollmentResult> EnrollMemberAsync(MemberKey member, IReadOnlyList<byte[]> photos, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photos);
        return Member(member).EnrollAsync(photos).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<MemberView> GetMemberAsync(MemberKey member, CancellationToken cancellationToken = default) =>
        Member(member).GetAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task DeleteMemberAsync(MemberKey member, CancellationToken cancellationToken = default) =>
        Member(member).DeleteAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<WebhookConfiguration> ConfigureWebhookAsync(string merchantId, WebhookEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return Webhooks(merchantId).ConfigureAsync(endpoint).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<WebhookConfiguration?> GetWebhookAsync(string merchantId, CancellationToken cancellationToken = default) =>
        Webhooks(merchantId).GetConfigurationAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<WebhookDeliveryStats> GetWebhookStatsAsync(string merchantId, CancellationToken cancellationToken = default) =>
        Webhooks(merchantId).GetStatsAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookBacklogEntry>> GetWebhookBacklogAsync(string merchantId, CancellationToken cancellationToken = default) =>
        Webhooks(merchantId).GetBacklogAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookDeadLetterEntry>> GetWebhookDeadLettersAsync(string merchantId, CancellationToken cancellationToken = default) =>
        Webhooks(merchantId).GetDeadLettersAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task<WebhookReplayResult> ReplayWebhookAsync(string merchantId, string eventId, CancellationToken cancellationToken = default) =>
        Webhooks(merchantId).ReplayDeadLetterAsync(eventId).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<PaymentEventSubscription> SubscribeToPaymentEventsAsync(string merchantId, PaymentEventHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RequireMerchantId(merchantId);
        var subscription = new PaymentEventSubscription(merchantId);
        var stream = cluster.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, merchantId));
        var handle = await stream.SubscribeAsync((paymentEvent, _) => handler(paymentEvent, subscription.Stopping)).WaitAsync(cancellationToken);
        subscription.Attach(handle);
        return subscription;
    }

    private static bool BelongsTo(VerificationSessionView view, string merchantId) =>
        OrderKey.TryParse(view.OrderKey, out var key) && string.Equals(key.MerchantId, merchantId, StringComparison.Ordinal);

    private static void RequireMerchantId(string merchantId)
    {
        if (!OrderKey.IsValidMerchantId(merchantId))
        {
            throw new ArgumentException($"Merchant id must be 1-{OrderKey.MaxMerchantIdLength} characters of [A-Za-z0-9_-].", nameof(merchantId));
        }
    }

    private IOrderGrain Order(OrderKey key) => cluster.GetGrain<IOrderGrain>(key.ToString());

    private IMemberGrain Member(MemberKey key) => cluster.GetGrain<IMemberGrain>(key.ToString());

    private IWebhookDispatcherGrain Webhooks(string merchantId)
    {
        RequireMerchantId(merchantId);
        return cluster.GetGrain<IWebhookDispatcherGrain>(merchantId);
    }
}
