using FacePay.Domain;
using Orleans.Concurrency;

namespace FacePay.Contracts.Orders;

/// <summary>
/// One order, keyed <c>{merchantId}/{outTradeNo}</c> (see <see cref="OrderKey"/>). The grain is the single
/// writer of its order: its turns are serialised, so a duplicate call sees what the first one wrote, and a
/// charge in flight is never started twice.
/// </summary>
[Alias("FacePay.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the order, or returns it unchanged (<see cref="OrderResult.Replayed"/>) when the same request was already
    /// applied; a different request for the same key is refused with <see cref="OrderError.Conflict"/>.
    /// </summary>
    [Alias("Create")]
    Task<OrderResult> CreateAsync(OrderCreationRequest request);

    /// <summary>The order as it stands, or null when it was never created.</summary>
    [ReadOnly, Alias("Get")]
    Task<OrderView?> GetAsync();

    /// <summary>The order's history: every accepted change, when, and from which source.</summary>
    [ReadOnly, Alias("GetHistory")]
    Task<IReadOnlyList<OrderHistoryEntry>> GetHistoryAsync();

    /// <summary>Closes an unpaid order; closing a closed order changes nothing.</summary>
    [Alias("Close")]
    Task<OrderResult> CloseAsync();

    /// <summary>Binds a face verification session to the order (Created → Verifying).</summary>
    [Alias("StartVerification")]
    Task<OrderResult> StartVerificationAsync(string sessionId);

    /// <summary>
    /// Records a session's outcome: success binds the verification token to (order, member, amount) and makes the
    /// order ReadyToPay; too many failures close it.
    /// </summary>
    [Alias("ApplyVerification")]
    Task<OrderResult> ApplyVerificationAsync(VerificationResult result);

    /// <summary>
    /// Charges the order through its channel. A face payment presents the single-use token its verification issued
    /// (<see cref="PayOrder.VerificationToken"/>), which is redeemed at the verification session first; a withholding
    /// payment needs none. The attempt is persisted before the channel is called; an unknown outcome leaves the order
    /// <see cref="OrderState.Paying"/> and is resolved by querying the channel.
    /// </summary>
    [Alias("Pay")]
    Task<OrderResult> PayAsync(PayOrder command);

    /// <summary>Refunds part or all of a paid order.</summary>
    [Alias("Refund")]
    Task<OrderResult> RefundAsync(RefundOrder command);

    /// <summary>Applies a verified channel notification about a payment. Duplicates and late arrivals change nothing.</summary>
    [Alias("ApplyPaymentNotification")]
    Task<NotificationDisposition> ApplyPaymentNotificationAsync(ChannelPaymentResult result);

    /// <summary>Applies a verified channel notification about a refund.</summary>
    [Alias("ApplyRefundNotification")]
    Task<NotificationDisposition> ApplyRefundNotificationAsync(ChannelRefundResult result);

    /// <summary>
    /// Operator and reconciliation action: asks the channel where the current attempt and pending refunds stand, and
    /// also every attempt and refund the order holds as failed (a channel can have taken money after all), and
    /// applies the verified answers under the order's usual rules (a charge on the latest attempt makes it paid; an
    /// unwanted charge is reversed at the channel; a refund that went through is recorded).
    /// </summary>
    [Alias("Reconcile")]
    Task<OrderResult> ReconcileWithChannelAsync();

    /// <summary>The whole domain order (attempts, refunds, history) for reconciliation and operators; null when never created.</summary>
    [ReadOnly, Alias("GetOrder")]
    Task<Order?> GetOrderAsync();
}
