using FacePay.Contracts.Orders;

namespace FacePay.MerchantApi.Models;

/// <summary>An order as the Merchant API shows it.</summary>
/// <param name="MerchantId">The merchant that owns the order.</param>
/// <param name="OutTradeNo">The merchant's order number.</param>
/// <param name="Amount">The amount in minor units.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="AmountDisplay">The amount in major units, exact (for example <c>12.34</c>).</param>
/// <param name="Description">What is being bought.</param>
/// <param name="Channel"><c>alipay</c> or <c>wechatpay</c>.</param>
/// <param name="MemberId">The member expected to pay.</param>
/// <param name="State">The order state.</param>
/// <param name="Version">Increases on every change.</param>
/// <param name="CreatedAt">When the order was created.</param>
/// <param name="UpdatedAt">When the order last changed.</param>
/// <param name="ExpiresAt">When the order closes if still unpaid.</param>
/// <param name="Refunded">Successfully refunded so far, in minor units.</param>
/// <param name="ChannelTradeNo">The channel's trade number once paid.</param>
/// <param name="CloseReason">Why the order closed, when Closed.</param>
/// <param name="FailureCode">The channel error code of the latest attempt when it failed.</param>
/// <param name="Refunds">The order's refunds.</param>
public sealed record OrderResponse(
    string MerchantId,
    string OutTradeNo,
    long Amount,
    string Currency,
    string AmountDisplay,
    string Description,
    string Channel,
    string MemberId,
    string State,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset ExpiresAt,
    long Refunded,
    string? ChannelTradeNo,
    string? CloseReason,
    string? FailureCode,
    IReadOnlyList<RefundResponse> Refunds)
{
    /// <summary>Maps the cluster's view of an order.</summary>
    public static OrderResponse From(OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(
            order.MerchantId,
            order.OutTradeNo,
            order.Amount.MinorUnits,
            order.Amount.Currency.Code,
            order.Amount.ToMajorUnitString(),
            order.Description,
            ChannelNames.ToName(order.Channel),
            order.MemberId,
            order.State.ToString(),
            order.Version,
            order.CreatedAt,
            order.UpdatedAt,
            order.ExpiresAt,
            order.Refunded.MinorUnits,
            order.ChannelTradeNo,
            order.CloseReason?.ToString(),
            order.FailureCode,
            [.. order.Refunds.Select(RefundResponse.From)]);
    }
}
