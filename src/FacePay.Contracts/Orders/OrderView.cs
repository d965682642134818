using FacePay.Domain;

namespace FacePay.Contracts.Orders;

/// <summary>A read-only picture of an order for clients, dashboards and the Merchant API.</summary>
[GenerateSerializer, Immutable, Alias("FacePay.OrderView")]
public sealed record OrderView
{
    /// <summary>The merchant that owns the order.</summary>
    [Id(0)]
    public required string MerchantId { get; init; }

    /// <summary>The merchant's order number.</summary>
    [Id(1)]
    public required string OutTradeNo { get; init; }

    /// <summary>The amount to charge.</summary>
    [Id(2)]
    public required Money Amount { get; init; }

    /// <summary>What is being bought.</summary>
    [Id(3)]
    public required string Description { get; init; }

    /// <summary>The channel that charges the payer.</summary>
    [Id(4)]
    public required PaymentChannel Channel { get; init; }

    /// <summary>The member expected to pay.</summary>
    [Id(5)]
    public required string MemberId { get; init; }

    /// <summary>Where the order stands in its life cycle.</summary>
    [Id(6)]
    public required OrderState State { get; init; }

    /// <summary>Increases by one on every accepted change; subscribers use it to order and deduplicate events.</summary>
    [Id(7)]
    public required long Version { get; init; }

    /// <summary>When the order was created.</summary>
    [Id(8)]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the order last changed.</summary>
    [Id(9)]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The total successfully refunded so far.</summary>
    [Id(10)]
    public required Money Refunded { get; init; }

    /// <summary>The channel's own trade number once the channel has it.</summary>
    [Id(11)]
    public string? ChannelTradeNo { get; init; }

    /// <summary>When an unpaid order closes by itself.</summary>
    [Id(12)]
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Every refund requested on the order, in request order.</summary>
    [Id(13)]
    public IReadOnlyList<Refund> Refunds { get; init; } = [];

    /// <summary>Why the order was closed, when it is Closed.</summary>
    [Id(14)]
    public CloseReason? CloseReason { get; init; }

    /// <summary>The channel error code of the latest attempt when it failed.</summary>
    [Id(15)]
    public string? FailureCode { get; init; }

    /// <summary>The refund with the merchant's number, or null.</summary>
    public Refund? FindRefund(string outRefundNo) =>
        Refunds.FirstOrDefault(r => string.Equals(r.OutRefundNo, outRefundNo, StringComparison.Ordinal));

    /// <summary>The projection of a domain order.</summary>
    public static OrderView From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderView
        {
            MerchantId = order.Key.MerchantId,
            OutTradeNo = order.Key.OutTradeNo,
            Amount = order.Amount,
            Description = order.Description,
            Channel = order.Channel,
            MemberId = order.MemberId,
            State = order.State,
            Version = order.Version,
            CreatedAt = order.CreatedAt,
            UpdatedAt = order.UpdatedAt,
            ExpiresAt = order.ExpiresAt,
            Refunded = order.RefundedAmount,
            ChannelTradeNo = order.SucceededAttempt?.ChannelTradeNo,
            Refunds = order.Refunds,
            CloseReason = order.CloseReason,
            FailureCode = order.CurrentAttempt is { Status: PaymentAttemptStatus.Failed } failed ? failed.FailureCode : null,
        };
    }
}
