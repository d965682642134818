using System.Collections.Immutable;
using FacePay.Domain.Events;

namespace FacePay.Domain;

/// <summary>
/// The order aggregate: an immutable value holding everything the <c>OrderGrain</c> stores, with the rules of the
/// order state machine as methods. Every method returns an <see cref="OrderDecision"/>; an accepted change yields a
/// new <see cref="Order"/> with <see cref="Version"/> one higher and one more <see cref="History"/> entry, while a
/// duplicate, ignored or refused command returns this very instance. Business refusals never throw; exceptions
/// mean programming errors (null arguments).
/// </summary>
/// <remarks>
/// Times are always passed in by the caller; the aggregate never reads a clock. Amount and currency are fixed at
/// creation. At most one payment attempt can ever be marked Succeeded.
/// </remarks>
[GenerateSerializer, Immutable, Alias("FacePay.Order")]
public sealed partial record Order
{
    /// <summary>Most payment attempts per order (the channel number suffix stays within two digits).</summary>
    public const int MaxPaymentAttempts = 20;

    /// <summary>Failed face verifications after which the order is closed.</summary>
    public const int MaxVerificationFailures = 3;

    private Order(OrderKey key, Money amount, string description, PaymentChannel channel, string memberId)
    {
        Key = key;
        Amount = amount;
        Description = description;
        Channel = channel;
        MemberId = memberId;
    }

    /// <summary>The merchant and the merchant's order number.</summary>
    [Id(0)]
    public OrderKey Key { get; private init; }

    /// <summary>The amount to charge, fixed at creation.</summary>
    [Id(1)]
    public Money Amount { get; private init; }

    /// <summary>What is bought.</summary>
    [Id(2)]
    public string Description { get; private init; }

    /// <summary>The channel to charge.</summary>
    [Id(3)]
    public PaymentChannel Channel { get; private init; }

    /// <summary>The member who pays.</summary>
    [Id(4)]
    public string MemberId { get; private init; }

    /// <summary>When the order was created.</summary>
    [Id(5)]
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>When the order last changed (never moves backwards).</summary>
    [Id(6)]
    public DateTimeOffset UpdatedAt { get; private init; }

    /// <summary>When an unpaid order may be closed as expired.</summary>
    [Id(7)]
    public DateTimeOffset ExpiresAt { get; private init; }

    /// <summary>Where the order is in its life.</summary>
    [Id(8)]
    public OrderState State { get; private init; }

    /// <summary>1 at creation, one more on every accepted change.</summary>
    [Id(9)]
    public long Version { get; private init; }

    /// <summary>Charge attempts, oldest first; attempt N is at index N-1.</summary>
    [Id(10)]
    public ImmutableList<PaymentAttempt> Attempts { get; private init; } = [];

    /// <summary>Refunds in the order they were requested.</summary>
    [Id(11)]
    public ImmutableList<Refund> Refunds { get; private init; } = [];

    /// <summary>Every accepted change, oldest first.</summary>
    [Id(12)]
    public ImmutableList<OrderHistoryEntry> History { get; private init; } = [];

    /// <summary>The last face verification session opened for the order, if any.</summary>
    [Id(13)]
    public string? VerificationSessionId { get; private init; }

    /// <summary>How many verification sessions failed.</summary>
    [Id(14)]
    public int VerificationFailures { get; private init; }

    /// <summary>The successful verification the order is bound to (set on ReadyToPay), if any.</summary>
    [Id(15)]
    public VerificationBinding? Verification { get; private init; }

    /// <summary>Why the order was closed (when <see cref="State"/> is Closed).</summary>
    [Id(16)]
    public CloseReason? CloseReason { get; private init; }

    /// <summary>The latest charge attempt, if any.</summary>
    public PaymentAttempt? CurrentAttempt => Attempts.IsEmpty ? null : Attempts[^1];

    /// <summary>The attempt that charged the member, if any (there is never more than one).</summary>
    public PaymentAttempt? SucceededAttempt => Attempts.Find(a => a.Status == PaymentAttemptStatus.Succeeded);

    /// <summary>Whether the order has been paid (Paid, PartiallyRefunded or Refunded).</summary>
    public bool IsPaid => State is OrderState.Paid or OrderState.PartiallyRefunded or OrderState.Refunded;

    /// <summary>Whether a charge is in flight with an unknown outcome that must be settled by querying the channel.</summary>
    public bool NeedsQuery => State == OrderState.Paying && CurrentAttempt?.Status == PaymentAttemptStatus.Unknown;

    /// <summary>The sum of successful refunds.</summary>
    public Money RefundedAmount => SumRefunds(RefundStatus.Succeeded);

    /// <summary>The sum of refunds accepted but not yet settled.</summary>
    public Money PendingRefundAmount => SumRefunds(RefundStatus.Pending);

    /// <summary>What may still be refunded: the paid amount less successful and pending refunds (zero if unpaid).</summary>
    public Money RefundableAmount => IsPaid ? Amount - RefundedAmount - PendingRefundAmount : Money.Zero(Amount.Currency);

    /// <summary>The grain key <c>{merchantId}/{outTradeNo}</c>.</summary>
    public string GrainKey => Key.ToString();

    /// <summary>
    /// Creates version 1 of an order from a request already checked by <see cref="OrderCreation.Validate"/>.
    /// Prefer <see cref="OrderCreation.Decide"/>, which also applies the idempotency rule.
    /// </summary>
    /// <exception cref="ArgumentException">The request is invalid.</exception>
    public static (Order Order, OrderCreated Event) Create(OrderCreationRequest request, DateTimeOffset now, ChangeSource source)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OrderCreation.Validate(request) is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var order = new Order(request.Key, request.Amount, request.Description, request.Channel, request.MemberId)
        {
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + request.TimeToExpire,
            State = OrderState.Created,
            Version = 1,
            History = [new OrderHistoryEntry(1, now, source, OrderChangeKind.Created, OrderState.Created, OrderState.Created, null)],
        };
        return (order, new OrderCreated(order.Key, 1, now, source, order.Amount, order.Channel, order.MemberId, order.ExpiresAt));
    }

    /// <summary>Whether the order is past its expiry time at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    private Money SumRefunds(RefundStatus status) =>
        Refunds.Where(r => r.Status == status).Aggregate(Money.Zero(Amount.Currency), (sum, r) => sum + r.Amount);

    // Accepts a change: bumps the version, moves UpdatedAt forward, appends history, and builds the event (if any)
    // from the new version so its id is deterministic.
    private OrderDecision Accept(
        Order next,
        DateTimeOffset now,
        ChangeSource source,
        OrderChangeKind kind,
        string? detail,
        Func<Order, PaymentEvent>? makeEvent = null,
        ChannelAction action = ChannelAction.None,
        PaymentAttempt? attempt = null,
        Refund? refund = null)
    {
        var version = Version + 1;
        var advanced = next with
        {
            Version = version,
            UpdatedAt = now > UpdatedAt ? now : UpdatedAt,
            History = History.Add(new OrderHistoryEntry(version, now, source, kind, State, next.State, detail)),
        };
        return new OrderDecision
        {
            Order = advanced,
            Outcome = DecisionOutcome.Applied,
            Events = makeEvent is null ? [] : [makeEvent(advanced)],
            Action = action,
            Attempt = attempt,
            Refund = refund,
        };
    }

    private OrderDecision Refuse(
        OrderError error, string message, ChannelAction action = ChannelAction.None, PaymentAttempt? attempt = null, Refund? refund = null) =>
        new() { Order = this, Outcome = DecisionOutcome.Refused, Error = error, Message = message, Action = action, Attempt = attempt, Refund = refund };

    private OrderDecision Unchanged(
        DecisionOutcome outcome, string message, ChannelAction action = ChannelAction.None, PaymentAttempt? attempt = null, Refund? refund = null) =>
        new() { Order = this, Outcome = outcome, Message = message, Action = action, Attempt = attempt, Refund = refund };

    // The refusal shared by commands that only make sense before payment.
    private OrderDecision? RefuseUnlessUnpaid() => State switch
    {
        OrderState.Paying => Refuse(OrderError.AlreadyPaying, "A charge is in flight.", attempt: CurrentAttempt),
        OrderState.Paid or OrderState.PartiallyRefunded or OrderState.Refunded => Refuse(OrderError.AlreadyPaid, "The order is already paid."),
        OrderState.Closed => Refuse(OrderError.OrderClosed, "The order is closed."),
        _ => null,
    };
}
